import type { CommitmentConstruction } from '../contract/parsed-document.js';
import type { Cue, CueKind } from './promise-cue.js';
import type { Token } from './text-tokens.js';

// The construction a commitment was found by, and how sure the extractor is of it. A clerk reviews the doubtful
// ones first, so the confidence orders the review list; it is a rule of thumb, not a probability fitted to data.
// The base per construction follows how often each kind of cue is a real promise in answers (a first-person
// "zal … sturen" almost always is; a passive or an intention is more often a description or a wish); a time phrase
// and the Kamer as recipient make a promise more certain, a promise in a subordinate clause less.

const CONSTRUCTION: Record<CueKind, CommitmentConstruction> = {
  future: 'active',
  going: 'active',
  present: 'active',
  promise: 'active',
  return: 'active',
  passive: 'passive',
  kamer: 'receiver',
  intent: 'intention',
  willing: 'intention',
  strive: 'intention',
  expect: 'intention',
  reference: 'reference',
};

const BASE: Record<CueKind, number> = {
  promise: 0.95,
  future: 0.9,
  going: 0.85,
  return: 0.85,
  reference: 0.8,
  kamer: 0.8,
  present: 0.75,
  willing: 0.75,
  expect: 0.7,
  passive: 0.7,
  intent: 0.65,
  strive: 0.6,
};

/** Openings of a promise that waits for a moment or an event: "Op het moment dat …", "Zodra …", "Na afronding van …". */
const MOMENT_OPENERS = new Set(['zodra', 'nadat', 'wanneer', 'als']);

function opensWithMoment(t: Token[], before: number): boolean {
  for (let k = 0; k < Math.min(before, t.length); k++) {
    const w = t[k].low;
    if (!t[k].isWord) continue;
    if (MOMENT_OPENERS.has(w)) return true;
    if (w === 'op' && t[k + 1]?.low === 'het' && t[k + 1 + 1]?.low === 'moment') return true;
    if (w === 'na' && (t[k + 1]?.low === 'afronding' || t[k + 1]?.low === 'ontvangst' || t[k + 1]?.low === 'afloop')) return true;
    return false; // only the first word of the sentence opens a moment clause
  }
  return false;
}

function mentionsKamer(t: Token[]): boolean {
  for (const token of t) if (token.low === 'kamer') return true;
  return false;
}

/** "de Kamer zal over het vervolg geïnformeerd worden": a passive whose subject is the Kamer is the receiver form. */
function kamerIsSubject(t: Token[], cue: Cue): boolean {
  for (let k = cue.actionStart; k < cue.anchor && k < t.length; k++) if (t[k].low === 'kamer') return true;
  return false;
}

export function constructionOf(cue: Cue, t: Token[]): CommitmentConstruction {
  if (cue.kind !== 'reference' && opensWithMoment(t, cue.anchor)) return 'conditional';
  if (cue.kind === 'passive' && kamerIsSubject(t, cue)) return 'receiver';
  return CONSTRUCTION[cue.kind];
}

export function confidenceOf(cue: Cue, t: Token[], dueText: string | null): number {
  let score = BASE[cue.kind];
  if (dueText !== null) score += 0.05;
  if (mentionsKamer(t)) score += 0.04;
  if (cue.subordinate) score -= 0.1;
  if (cue.subject === null && cue.kind === 'passive') score -= 0.05;
  return Math.round(Math.min(0.99, Math.max(0.05, score)) * 100) / 100;
}

/** A yes to "Bent u bereid …?": sure of the promise, less of its wording (the action comes from the question). */
export const ASSENT_CONFIDENCE = 0.8;
