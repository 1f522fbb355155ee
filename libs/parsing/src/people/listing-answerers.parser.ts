import type { ParsedAnswerer } from '../contract/parsed-document.js';
import { splitParenthesised } from './parenthesised.util.js';
import { splitTopLevel } from './split-top-level.util.js';

// Listing "Beantwoord door": "Wopke Hoekstra (viceminister-president , minister buitenlandse zaken) (CDA),
// Ferdinand Grapperhaus (CDA)". A group naming an office is the role (" ," tidied to ","), any other the party.

export const ROLE_WORD_PATTERN = /minister|staatssecretaris|president|premier/i;
// Runs of spaces collapse first, so the comma fix needs no quantifier (" +," would rescan a long run of spaces).
export const REPEATED_SPACE_PATTERN = / {2,}/g;

function tidyRole(role: string): string {
  return role.replace(REPEATED_SPACE_PATTERN, ' ').replaceAll(' ,', ',').trim();
}

export function parseListingAnswerers(text: string): ParsedAnswerer[] {
  const answerers: ParsedAnswerer[] = [];
  for (const item of splitTopLevel(text, false)) {
    const { head, groups } = splitParenthesised(item);
    if (head.length === 0) continue;
    const roles = groups.filter((g) => ROLE_WORD_PATTERN.test(g)).map(tidyRole);
    const parties = groups.filter((g) => !ROLE_WORD_PATTERN.test(g));
    answerers.push({
      name: head,
      role: roles.length > 0 ? roles.join(', ') : null,
      party: parties.length > 0 ? parties[parties.length - 1] : null,
    });
  }
  return answerers;
}
