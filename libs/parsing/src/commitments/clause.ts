import { SUBORDINATORS } from './commitment-lexicon.js';
import { governmentActorEnd } from './government-actor.js';
import type { Token } from './text-tokens.js';

export interface Clause {
  /** First token of the clause (the subordinator itself when there is one). */
  start: number;
  /** The clause opens with dat, die, waarop, zoals …: its finite verb stands at the end. */
  subordinate: boolean;
}

export interface Subject {
  /** Token indices [start, end) of the actor. */
  start: number;
  end: number;
  /** "zal ik", "heeft de Staatssecretaris": the subject follows the finite verb. */
  inverted: boolean;
}

const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '(', ')', '–']);
const LOOK_BACK = 40;

export function clauseOf(t: Token[], anchor: number): Clause {
  for (let k = anchor - 1; k >= 0 && anchor - k <= LOOK_BACK; k--) {
    // "Mijn collega van Volksgezondheid, Welzijn en Sport zal": a comma between capitalised words is a list
    const listComma = t[k].raw === ',' && k > 0 && k + 1 < t.length && t[k - 1].cap && t[k + 1].cap;
    if (CLAUSE_PUNCTUATION.has(t[k].raw) && !listComma) return { start: k + 1, subordinate: false };
    if (SUBORDINATORS.has(t[k].low)) {
      // A subordinate clause puts its finite verb last, so a finite verb followed by its government subject is the main
      // clause's, after a fronted subordinate clause or phrase: "Zoals toegezegd in het debat … stuur ik uw Kamer …",
      // "Zoals ik heb gemeld … stuur ik u …", "In die brief wil ik …".
      if (governmentActorEnd(t, anchor + 1) > 0) return { start: anchor, subordinate: false };
      return { start: k, subordinate: true };
    }
  }
  return { start: Math.max(0, anchor - LOOK_BACK), subordinate: false };
}

/** "zullen Nederland en Duitsland": a second conjunct after a government actor. */
function coordinatedEnd(t: Token[], end: number): number {
  if (end >= t.length || t[end].low !== 'en') return end;
  const second = governmentActorEnd(t, end + 1);
  if (second > 0) return second;
  if (end + 1 < t.length && t[end + 1].cap) return end + 2;
  if (end + 2 < t.length && (t[end + 1].low === 'de' || t[end + 1].low === 'het') && t[end + 2].cap) return end + 3;
  return end;
}

/** The government actor that is the subject of the finite verb at `anchor`, or null. */
export function subjectOf(t: Token[], anchor: number, clause: Clause): Subject | null {
  const start = clause.subordinate ? clause.start + 1 : clause.start;
  const end = governmentActorEnd(t, start);
  // "Ik zal de Nederlandse ambassade … vragen": the actor before the verb is the subject, the one after it the object.
  if (end === anchor) return { start, end, inverted: false };
  const inverted = governmentActorEnd(t, anchor + 1);
  if (inverted > 0) return { start: anchor + 1, end: coordinatedEnd(t, inverted), inverted: true };
  if (end < 0 || end > anchor) return null;
  // "Nederland en de EU zullen …"
  if (t[end].low === 'en' && anchor - end <= 4 && !hasPunctuation(t, end, anchor)) return { start, end: anchor, inverted: false };
  // verb-final subordinate clause: "die ik dit voorjaar naar uw Kamer zal sturen"
  if (clause.subordinate) return { start, end, inverted: false };
  // coordinated predicate: "Het kabinet verkent … en zal …"
  const before = t[anchor - 1].low;
  return before === 'en' || before === ',' ? { start, end, inverted: false } : null;
}

function hasPunctuation(t: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!t[k].isWord) return true;
  return false;
}
