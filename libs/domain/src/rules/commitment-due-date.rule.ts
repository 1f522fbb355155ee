import type { Policy } from '../policy/policy.js';
import { DUE_PHRASE_RULES, type DuePhraseRule } from './due-phrase.patterns.js';
import { addDays, assertKamerDate, type KamerDate } from './kamer-date.util.js';

export interface DueDateResolution {
  dueDate: KamerDate;
  /** true when the phrase names no date and the policy's default horizon was used. */
  implied: boolean;
  /** Which rule produced the date, e.g. 'recess-start:zomerreces', 'quarter-end', 'default-horizon:no-phrase'. */
  rule: string;
}

interface Located {
  entry: DuePhraseRule;
  match: RegExpExecArray;
}

/** Whether `candidate` beats `current`: it starts earlier, or at the same place and runs longer. */
function preferable(current: Located | null, candidate: Located): boolean {
  if (current === null) return true;
  const [a, b] = [current.match, candidate.match];
  return b.index < a.index || (b.index === a.index && b[0].length > a[0].length);
}

/**
 * The leftmost phrase in the text; at the same position the longest wins, then the first in the table.
 * Weak phrases (a bare year) count only when there is no other.
 */
function locate(text: string): Located | null {
  let strong: Located | null = null;
  let weak: Located | null = null;
  for (const entry of DUE_PHRASE_RULES) {
    const match = entry.pattern.exec(text);
    if (!match) continue;
    const found = { entry, match };
    if (entry.weak) {
      if (preferable(weak, found)) weak = found;
    } else if (preferable(strong, found)) {
      strong = found;
    }
  }
  return strong ?? weak;
}

/** The due-date phrase inside a sentence ("voor de zomer", "binnen drie weken", …) as written, or null. */
export function findDuePhrase(sentence: string): string | null {
  return locate(sentence)?.match[0] ?? null;
}

/**
 * Resolves a Dutch due-date phrase against the date the commitment was made. A phrase that names no date
 * ("zo spoedig mogelijk"), no phrase, or one not understood gets madeOn + policy.commitmentDefaultHorizonDays,
 * marked implied. The phrase may also be a whole sentence: its first due-date phrase is used.
 */
export function resolveDueDate(phrase: string | null, madeOn: KamerDate, policy: Policy): DueDateResolution {
  assertKamerDate(madeOn, 'madeOn');
  const implied = (reason: string): DueDateResolution => ({
    dueDate: addDays(madeOn, policy.commitmentDefaultHorizonDays),
    implied: true,
    rule: `default-horizon:${reason}`,
  });
  if (phrase === null || phrase.trim() === '') return implied('no-phrase');
  const found = locate(phrase);
  if (found === null) return implied('unrecognised-phrase');
  if (found.entry.resolve === null) return implied(found.entry.rule);
  const resolved = found.entry.resolve(found.match.groups ?? {}, madeOn, policy);
  return { dueDate: resolved.dueDate, implied: false, rule: resolved.rule ?? found.entry.rule };
}
