import type { ParsedSubmitter } from '../contract/parsed-document.js';
import { splitParenthesised } from './parenthesised.util.js';
import { splitTopLevel } from './split-top-level.util.js';

// "Sjoerd Sjoerdsma (D66), Jeanet van der Laan (D66)" (listing "Indieners"), "Ceder (ChristenUnie) en Van der
// Staaij (SGP)" (page "Vragen van de leden …"), "Michon-Derkzen, Brekelmans en Rajkowski (allen VVD)".
// Names are kept as written; a party is null when the document does not give one.

const COLLECTIVE_PREFIXES = ['allen ', 'beiden ', 'beide ', 'allebei '];

function collectiveParty(group: string): string | null {
  const lower = group.toLowerCase();
  const prefix = COLLECTIVE_PREFIXES.find((p) => lower.startsWith(p));
  return prefix ? group.slice(prefix.length).trim() || null : null;
}

export function parseSubmitters(text: string): ParsedSubmitter[] {
  const submitters: ParsedSubmitter[] = [];
  for (const item of splitTopLevel(text, true)) {
    const { head, groups } = splitParenthesised(item);
    if (head.length === 0) continue;
    const last = groups.length > 0 ? groups[groups.length - 1] : null;
    const shared = last === null ? null : collectiveParty(last);
    if (shared !== null) {
      for (const earlier of submitters) if (earlier.party === null) earlier.party = shared;
      submitters.push({ name: head, party: shared });
    } else {
      submitters.push({ name: head, party: last });
    }
  }
  return submitters;
}
