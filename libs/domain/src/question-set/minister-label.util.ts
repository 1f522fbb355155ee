import { ministryFromRole } from '../ministry/ministry-from-role.util.js';
import { surnameOf } from '../person/person-key.util.js';

/**
 * How the Monday list names who must answer, the same whichever format the role came in:
 * "minister buitenlandse zaken" (listing) and "minister van Buitenlandse Zaken" (page) both give
 * "Minister van Buitenlandse Zaken (Hoekstra)". Posts "voor" a subject ("Minister voor Natuur en Stikstof")
 * are their own post and keep their words. "viceminister-president" is a second hat, not the post.
 */
export function ministerLabel(role: string | null, personName: string | null): string | null {
  // Standing alone, a surname's particle is capitalised: "Eddy van Hijum" → "(Van Hijum)".
  // "Faber – van de Klashorst" (a page) and "Faber-van de Klashorst" (the table) are one name, written the short way.
  const lower = personName ? surnameOf(personName).replace(/\s*[–—-]\s*/g, '-') : null;
  const surname = lower ? lower.charAt(0).toUpperCase() + lower.slice(1) : null;
  const post = role
    ?.split(',')
    .map((part) => part.trim())
    .find((part) => part.length > 0 && !part.toLowerCase().startsWith('vice'));
  if (!post) return personName ?? null;
  const ministry = ministryFromRole(post);
  const title = post.toLowerCase().startsWith('staatssecretaris')
    ? 'Staatssecretaris'
    : post.toLowerCase().startsWith('minister-president')
      ? 'Minister-president'
      : 'Minister';
  const label =
    ministry && !/\svoor\s/i.test(post) && title !== 'Minister-president' ? `${title} van ${ministry.name}` : post.charAt(0).toUpperCase() + post.slice(1);
  return surname ? `${label} (${surname})` : label;
}
