// A deliberately narrow address syntax: dot-atom local part and an LDH domain with at least one dot. No quotes,
// comments, spaces or control characters, so an address can never smuggle a header or a second recipient.
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** The address lower-cased and trimmed, or null when it is not one plain address. */
export function normalizeEmail(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const address = input.trim().toLowerCase();
  if (address.length > 254) return null;
  const at = address.lastIndexOf('@');
  if (at < 1) return null;
  const local = address.slice(0, at);
  const labels = address.slice(at + 1).split('.');
  if (local.length > 64 || !LOCAL.test(local)) return null;
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return null;
  return address;
}
