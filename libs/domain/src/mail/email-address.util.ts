import { domainToASCII } from 'node:url';

// A deliberately narrow address syntax: dot-atom local part and an LDH domain with at least one dot. No quotes,
// comments, spaces or control characters, so an address can never smuggle a header or a second recipient.
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * The address lower-cased and trimmed, or null when it is not one plain address. A domain in Unicode
 * (jan@bücher.example) is accepted and kept in its punycode form (jan@xn--bcher-kva.example, RFC 5891), which every
 * mail server takes; the local part stays ASCII (no SMTPUTF8).
 */
export function normalizeEmail(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const trimmed = input.trim();
  const at = trimmed.lastIndexOf('@');
  if (at < 1 || /[\u0000-\u0020\u007f]/.test(trimmed)) return null;
  const local = trimmed.slice(0, at).toLowerCase();
  const rawDomain = trimmed.slice(at + 1);
  // domainToASCII maps Unicode labels to punycode (and lower-cases); '' means it is no domain at all.
  const domain = /^[\x21-\x7e]*$/.test(rawDomain) ? rawDomain.toLowerCase() : domainToASCII(rawDomain);
  const address = `${local}@${domain}`;
  if (address.length > 254 || domain === '') return null;
  const labels = domain.split('.');
  if (local.length > 64 || !LOCAL.test(local)) return null;
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return null;
  return address;
}

// Providers known to deliver first.last@ and firstlast@ to one mailbox. Plus-tags are dropped for every domain:
// most providers deliver name+x@ to name@, and for a limit it is better to count two mailboxes as one than the reverse.
const DOTS_IGNORED = new Set(['gmail.com', 'googlemail.com']);

/**
 * The mailbox an address reaches, for limits only (never for sending): victim+1@, Victim@ and v.ictim@gmail.com are
 * one inbox. Takes an address normalizeEmail returned.
 */
export function mailboxKey(address: string): string {
  const at = address.lastIndexOf('@');
  let local = address.slice(0, at).replace(/\+.*$/, '');
  let domain = address.slice(at + 1);
  if (DOTS_IGNORED.has(domain)) {
    local = local.replaceAll('.', '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}
