import { clauseOf, subjectOf, type Clause, type Subject } from './clause.js';
import { HABITUAL, NON_ACTION_VERBS } from './commitment-lexicon.js';
import type { Cue, CueKind } from './promise-cue.js';
import { isDigit, type Token } from './text-tokens.js';
import { fallbackVerb, findVerbs, isNegated, promisedVerbs, SEARCH_WINDOW, type VerbHit } from './verb-search.js';

// Cues with a government subject and a promised verb after them: zal/zullen, gaan, willen, bereid/voornemens,
// streven, toezeggen, terugkomen op, verwachten te, and references to an earlier toezegging.

const ALWAYS = new Set(['altijd', 'steeds', 'immer', 'voortdurend']);

interface ActiveOptions {
  from?: number;
  fallback?: boolean;
  soft?: boolean;
  stopAtSpeech?: boolean;
  dueFrom?: number;
}

const at = (t: Token[], i: number): string => (i >= 0 && i < t.length ? t[i].low : '');

function indexOf(t: Token[], words: Set<string>, from: number, to: number): number {
  for (let k = Math.max(0, from); k < Math.min(t.length, to); k++) if (words.has(t[k].low)) return k;
  return -1;
}

/** Promises nothing new: answering these very questions, or pointing to another answer of the same document. */
export function isProcedural(t: Token[], hits: VerbHit[]): boolean {
  let answers = false;
  let toekomen = false;
  let crossReference = false;
  for (let k = 0; k < t.length; k++) {
    const w = t[k].low;
    if (w === 'antwoorden' || w === 'antwoord' || w === 'beantwoording') answers = true;
    if (w === 'toekomen') toekomen = true;
    if (w === 'vraag' && k + 1 < t.length && isDigit(t[k + 1].low[0])) crossReference = true;
  }
  if (answers && toekomen) return true;
  return hits.some((h) => {
    const w = t[h.index].low;
    return w === 'beantwoorden' || (crossReference && (w === 'ingaan' || w === 'terugkomen' || w === 'toelichten'));
  });
}

export function activeCue(kind: CueKind, t: Token[], anchor: number, clause: Clause, subject: Subject, opts: ActiveOptions): Cue | null {
  const from = opts.from ?? (subject.inverted ? subject.end : anchor + 1);
  let hits = findVerbs(t, from, opts.stopAtSpeech);
  if (hits.length === 0 && opts.fallback) {
    const fallback = fallbackVerb(t, from);
    if (fallback) hits = [fallback];
  }
  const kept = promisedVerbs(t, hits, anchor, subject.inverted ? anchor : subject.start);
  if (kept.length === 0 || isProcedural(t, kept)) return null;
  // "Het kabinet zal altijd opkomen voor …": general conduct, no concrete action
  if (indexOf(t, ALWAYS, anchor + 1, kept[0].index) >= 0) return null;
  return {
    kind, anchor, subject, hits: kept, actionStart: from, soft: opts.soft ?? false, needsDue: false,
    dueFrom: opts.dueFrom ?? clause.start, subordinate: clause.subordinate,
  };
}

function withSubject(t: Token[], anchor: number, mainOnly: boolean): [Clause, Subject] | null {
  const clause = clauseOf(t, anchor);
  if (mainOnly && clause.subordinate) return null;
  const subject = subjectOf(t, anchor, clause);
  return subject ? [clause, subject] : null;
}

export function futureActiveCue(t: Token[], i: number): Cue | null {
  const found = withSubject(t, i, false);
  return found ? activeCue('future', t, i, found[0], found[1], { fallback: true }) : null;
}

// "gaan" as a main verb with a particle or companion promises too: "Ik ga na of …", "Ik ga … in overleg met …".
const GOING_WITH = new Set(['na', 'gesprek', 'overleg']);

export function goingCue(t: Token[], i: number): Cue | null {
  if (at(t, i - 1) === 'te') return null;
  const found = withSubject(t, i, false);
  if (!found) return null;
  const [clause, subject] = found;
  const cue = activeCue('going', t, i, clause, subject, {});
  if (cue) return cue;
  const from = subject.inverted ? subject.end : i + 1;
  const k = indexOf(t, GOING_WITH, from, from + 12);
  if (k < 0 || (t[k].low === 'na' && !['of', 'hoe', 'welke', 'wat', 'waarom', 'in'].includes(at(t, k + 1)))) return null;
  const hits = promisedVerbs(t, [{ index: k, soft: false }], i, subject.inverted ? i : subject.start);
  if (hits.length === 0) return null;
  return { kind: 'going', anchor: i, subject, hits, actionStart: from, soft: false, needsDue: false, dueFrom: clause.start, subordinate: clause.subordinate };
}

export function intentCue(t: Token[], i: number): Cue | null {
  const found = withSubject(t, i, true);
  return found ? activeCue('intent', t, i, found[0], found[1], { stopAtSpeech: true }) : null;
}

const BE = new Set(['ben', 'is', 'zijn']);
const HAVE = new Set(['heb', 'heeft', 'hebben']);

/** "Ik ben bereid …", "ben ik voornemens …", "heeft het kabinet het voornemen …". */
export function willingCue(t: Token[], i: number): Cue | null {
  const noun = t[i].low === 'voornemen';
  if (noun && at(t, i - 1) !== 'het') return null;
  const finite = indexOf(t, noun ? HAVE : BE, i - 5, i);
  if (finite < 0) return null;
  const found = withSubject(t, finite, true);
  if (!found) return null;
  const from = at(t, i + 1) === 'om' ? i + 2 : i + 1;
  return activeCue('willing', t, finite, found[0], found[1], { from, fallback: true });
}

/** "Ik streef ernaar …" (soft); not "Ik streef er altijd al naar …", which describes current practice. */
export function striveCue(t: Token[], i: number): Cue | null {
  const naar = indexOf(t, new Set(['ernaar', 'naar']), i + 1, i + 7);
  if (naar < 0 || indexOf(t, HABITUAL, i, naar + 4) >= 0) return null;
  const found = withSubject(t, i, false);
  if (!found) return null;
  const cue = activeCue('strive', t, i, found[0], found[1], { from: naar + 1, soft: true });
  if (cue) return cue;
  const te = indexOf(t, new Set(['te']), naar + 1, naar + SEARCH_WINDOW);
  if (te < 0 || te + 1 >= t.length || NON_ACTION_VERBS.has(t[te + 1].low) || !t[te + 1].isWord) return null;
  const hit = { index: te + 1, soft: true };
  const kept = promisedVerbs(t, [hit], i, found[1].inverted ? i : found[1].start);
  if (kept.length === 0 || isProcedural(t, kept)) return null;
  return { kind: 'strive', anchor: i, subject: found[1], hits: kept, actionStart: naar + 1, soft: true, needsDue: false, dueFrom: found[0].start, subordinate: found[0].subordinate };
}

/** "Ik zeg (u) toe …", "zeg ik toe dat …", "Ik kan toezeggen dat …". */
export function promiseCue(t: Token[], i: number): Cue | null {
  let anchor = i;
  let after = -1;
  if (t[i].low === 'toezeggen') {
    anchor = indexOf(t, new Set(['kan', 'wil', 'kunnen', 'willen']), i - 4, i);
    after = i + 1;
  } else {
    const toe = indexOf(t, new Set(['toe']), i + 1, i + 9);
    after = toe < 0 ? -1 : toe + 1;
  }
  if (anchor < 0 || after < 0) return null;
  const found = withSubject(t, anchor, false);
  if (!found) return null;
  const cue = activeCue('promise', t, anchor, found[0], found[1], { from: after, fallback: true });
  if (cue) return cue;
  const explicit = at(t, after) === 'dat' || at(t, after) === ':';
  if (!explicit || isNegated(t, found[1].inverted ? anchor : found[1].start, after)) return null;
  return { kind: 'promise', anchor, subject: found[1], hits: [], actionStart: after + 1, soft: false, needsDue: false, dueFrom: found[0].start, subordinate: found[0].subordinate };
}

const BACK_POINTERS = new Set(['hierop', 'daarop', 'erop', 'op', 'hier', 'daar', 'er']);

/** "Ik kom hierop (voor de zomer) terug". */
export function returnCue(t: Token[], i: number): Cue | null {
  const terug = indexOf(t, new Set(['terug']), i + 1, i + 11);
  if (terug < 0 || indexOf(t, BACK_POINTERS, i + 1, terug) < 0) return null;
  const found = withSubject(t, i, false);
  if (!found) return null;
  const [clause, subject] = found;
  const hits = [{ index: terug, soft: false }];
  if (promisedVerbs(t, hits, i, subject.inverted ? i : subject.start).length === 0) return null;
  if (indexOf(t, new Set(['vraag']), terug, t.length) >= 0) return null; // "… terug in het antwoord op vraag 5"
  return { kind: 'return', anchor: i, subject, hits, actionStart: subject.inverted ? subject.end : i + 1, soft: false, needsDue: false, dueFrom: clause.start, subordinate: clause.subordinate };
}

/** "Naar verwachting kan ik uw Kamer in het najaar informeren": a modal with a promised verb and a time phrase. */
export function modalCue(t: Token[], i: number): Cue | null {
  const found = withSubject(t, i, true);
  if (!found) return null;
  const cue = activeCue('expect', t, i, found[0], found[1], {});
  // "Ik kan uw Kamer informeren dat …" reports now; the time phrase must stand before the verb, in its own clause
  if (!cue || at(t, cue.hits[0].index + 1) === 'dat') return null;
  return { ...cue, needsDue: true, dueTo: cue.hits[0].index };
}

/** "Ik verwacht uw Kamer voor de zomer te (kunnen) informeren" — not "Ik verwacht dat …". */
export function expectCue(t: Token[], i: number): Cue | null {
  const next = at(t, i + 1);
  if (next === 'dat' || next === 'niet' || next === 'geen' || next === 'van') return null;
  const found = withSubject(t, i, false);
  if (!found) return null;
  const cue = activeCue('expect', t, i, found[0], found[1], {});
  if (!cue || indexOf(t, new Set(['te']), i + 1, cue.hits[0].index) < 0) return null;
  return cue;
}
