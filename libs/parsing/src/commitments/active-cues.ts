import { clauseOf, subjectOf, type Clause, type Subject } from './clause.js';
import {
  AIM_VERBS,
  ATTENDING,
  DOCUMENT_ORDER,
  HABITUAL,
  IN_DOCUMENT,
  KAMER_MEETINGS,
  NON_ACTION_VERBS,
  PURPOSE_OPENERS,
  SPEED,
  TALKING,
  THIS_DOCUMENT,
} from './commitment-lexicon.js';
import type { Cue, CueKind } from './promise-cue.js';
import { isDigit, type Token } from './text-tokens.js';
import { fallbackVerb, findVerbs, isNegated, joinedParticle, promisedVerbs, SEARCH_WINDOW, type VerbHit } from './verb-search.js';

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

/** Verbs of telling: with a pointer inside the document ("hieronder", "in deze brief") the telling is done right here. */
const TELLING = new Set([
  'antwoorden',
  'toelichten',
  'ingaan',
  'schetsen',
  'beschrijven',
  'uiteenzetten',
  'reageren',
  'bespreken',
  'behandelen',
  'weergeven',
  'aangeven',
  'verduidelijken',
  'geven', // "In deze Kamerbrief zal ik een toelichting geven op …"
]);

/** "Ik zal hieronder toelichten …", "In deze brief ga ik in op …": a pointer inside this very document before the
 *  promised verb (not "Zoals hieronder toegelicht, zal ik …", where the pointer belongs to a fronted aside). */
function pointsInside(t: Token[], before: number): boolean {
  for (let k = 0; k < Math.min(before, t.length); k++) {
    const w = t[k].low;
    if (k > 0 && t[k - 1].low === 'zoals') continue;
    if (IN_DOCUMENT.has(w) || (k === 0 && DOCUMENT_ORDER.has(w))) return true;
    // "Na het uiteenzetten van de resultaten zal ik ingaan op …": after a part of this text
    if (w === 'na' && at(t, k + 1) === 'het' && TELLING.has(at(t, k + 2))) return true;
    if ((w === 'in' || w === 'met') && (at(t, k + 1) === 'deze' || at(t, k + 1) === 'dit') && THIS_DOCUMENT.has(at(t, k + 2))) return true;
  }
  return false;
}

/** "Met deze brief wil ik uw Kamer informeren over …": a sentence that opens by naming this very letter as the means
 *  informs by it. Only as the opening words: "… mijn brief, die tegelijkertijd met deze beantwoording naar uw Kamer
 *  gaat" names another letter. */
function byThisLetter(t: Token[], before: number): boolean {
  const means = at(t, 0) === 'door' && at(t, 1) === 'middel' && at(t, 2) === 'van' ? 3 : MEANS.has(at(t, 0)) ? 1 : -1;
  return (
    means > 0 &&
    before > means + 2 &&
    (at(t, means) === 'deze' || at(t, means) === 'dit') &&
    (at(t, means + 1) === 'brief' || at(t, means + 1) === 'kamerbrief')
  );
}

/** "Met deze brief", "Middels deze brief", "Via deze brief", "Door middel van deze brief"; and "Hierbij wil ik uw Kamer
 *  informeren dat …", where "hierbij" is this letter too. */
const MEANS = new Set(['met', 'middels', 'via']);

function byThisLetterOrHereby(t: Token[], before: number): boolean {
  return byThisLetter(t, before) || (before > 1 && (at(t, 0) === 'hierbij' || at(t, 0) === 'hiermee'));
}

/** Promises nothing new: answering these very questions, or pointing to another answer of the same document. */
export function isProcedural(t: Token[], hits: VerbHit[]): boolean {
  if (hits.length > 0 && pointsInside(t, hits[0].index) && hits.every((h) => TELLING.has(joinedParticle(t, h.index)))) return true;
  if (
    hits.length > 0 &&
    byThisLetterOrHereby(t, hits[0].index) &&
    hits.every((h) => t[h.index].low === 'informeren' || TELLING.has(joinedParticle(t, h.index)))
  )
    return true;
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
  // "Op een aantal vragen zal ik in mijn eerste termijn nader ingaan": the rest is answered in the debate itself
  if (hits.length > 0 && hits.every((h) => TELLING.has(joinedParticle(t, h.index))) && inTheDebate(t)) return true;
  return hits.some((h) => {
    const w = t[h.index].low;
    return w === 'beantwoorden' || (crossReference && (w === 'ingaan' || w === 'terugkomen' || w === 'toelichten'));
  });
}

function inTheDebate(t: Token[]): boolean {
  for (let k = 1; k < t.length; k++) {
    if (t[k].low === 'termijn' && (t[k - 1].low === 'eerste' || t[k - 1].low === 'tweede')) return true;
    if (t[k].low === 'mondeling') return true;
  }
  return false;
}

/** "zal … deelnemen aan het debat met uw Kamer": taking part in the Kamer's own meeting is one's role in it, not an act
 *  promised to the Kamer (issue 12); every promised verb must be one of attending for the sentence to be set aside. */
function attendsKamerMeeting(t: Token[], hits: VerbHit[]): boolean {
  if (!hits.every((h) => ATTENDING.has(joinedParticle(t, h.index)))) return false;
  return t.some((token) => KAMER_MEETINGS.has(token.low));
}

export function activeCue(kind: CueKind, t: Token[], anchor: number, clause: Clause, subject: Subject, opts: ActiveOptions): Cue | null {
  const from = opts.from ?? (subject.inverted ? subject.end : anchor + 1);
  let hits = findVerbs(t, from, opts.stopAtSpeech);
  if (hits.length === 0 && opts.fallback) {
    const fallback = fallbackVerb(t, from);
    if (fallback) hits = [fallback];
  }
  const kept = promisedVerbs(t, hits, anchor, subject.inverted ? anchor : subject.start);
  if (kept.length === 0 || isProcedural(t, kept) || attendsKamerMeeting(t, kept)) return null;
  // "Het kabinet zal altijd opkomen voor …": general conduct, no concrete action
  if (indexOf(t, ALWAYS, anchor + 1, kept[0].index) >= 0) return null;
  return {
    kind,
    anchor,
    subject,
    hits: kept,
    actionStart: from,
    soft: opts.soft ?? false,
    needsDue: false,
    dueFrom: opts.dueFrom ?? clause.start,
    subordinate: clause.subordinate,
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
  const cue = found ? activeCue('future', t, i, found[0], found[1], { fallback: true }) : null;
  // "Tijdens deze bijeenkomst zullen de ministers van Defensie spreken over …": ministers in the plural talking at a
  // meeting are its members (the Dutch one among them), and what they discuss is its agenda, not a promise.
  if (cue?.subject && PLURAL_OFFICES.has(at(t, cue.subject.start + 1)) && cue.hits.every((h) => TALKING.has(t[h.index].low))) return null;
  return cue;
}

const PLURAL_OFFICES = new Set(['ministers', 'staatssecretarissen', 'bewindspersonen']);

// "gaan" as a main verb with a particle or companion promises too: "Ik ga na of …", "Ik ga … in overleg met …".
const GOING_WITH = new Set(['na', 'gesprek', 'overleg', 'tafel']);

export function goingCue(t: Token[], i: number): Cue | null {
  if (at(t, i - 1) === 'te') return null;
  // "Ik ga ervan uit dat …" assumes; the verbs of its dat-clause are someone else's.
  if (indexOf(t, new Set(['ervan', 'daarvan', 'hiervan']), i + 1, i + 4) >= 0) return null;
  const found = withSubject(t, i, false);
  if (!found) return null;
  const [clause, subject] = found;
  const addressing = addressingCue(t, i, clause, subject);
  if (addressing !== undefined) return addressing;
  const cue = activeCue('going', t, i, clause, subject, {});
  if (cue && indexOf(t, new Set(['dat']), i + 1, cue.hits[0].index) < 0) return cue;
  // A subordinate clause puts "ga" last: "… dat ik in de komende periode met de provincies in gesprek ga".
  if (clause.subordinate && !subject.inverted) {
    const k = indexOf(t, GOING_WITH, subject.end, i);
    if (k >= 0 && t[k].low !== 'na') {
      const hits = promisedVerbs(t, [{ index: k, soft: false }], subject.end - 1, subject.start);
      if (hits.length > 0)
        return { kind: 'going', anchor: i, subject, hits, actionStart: subject.end, soft: false, needsDue: false, dueFrom: clause.start, subordinate: true };
    }
  }
  const from = subject.inverted ? subject.end : i + 1;
  // "Ik ga na de zomer met de sector om tafel": a "na" of time is no "nagaan"; look on for the companion.
  let k = indexOf(t, GOING_WITH, from, from + 12);
  while (k >= 0 && t[k].low === 'na' && !['of', 'hoe', 'welke', 'wat', 'waarom', 'in'].includes(at(t, k + 1))) k = indexOf(t, GOING_WITH, k + 1, from + 12);
  if (k < 0) return null;
  const hits = promisedVerbs(t, [{ index: k, soft: false }], i, subject.inverted ? i : subject.start);
  if (hits.length === 0) return null;
  return { kind: 'going', anchor: i, subject, hits, actionStart: from, soft: false, needsDue: false, dueFrom: clause.start, subordinate: clause.subordinate };
}

const ON = new Set(['op', 'hierop', 'daarop', 'erop']);

/**
 * "ga … in op …" is the separable "ingaan op": to address a subject, which a text does. Pointing at this very letter
 * ("Met deze brief ga ik in op het verzoek …", "Hieronder ga ik in op …") the addressing happens here and promises
 * nothing; otherwise it promises only with a time phrase before it, naming the later text ("In de voortgangsbrief van
 * dit najaar ga ik in op de resultaten"), like any present tense. The verbs after "op" belong to what is addressed (the
 * request "om te melden wanneer …"), so they are not promised verbs. undefined: not this construction.
 */
function addressingCue(t: Token[], i: number, clause: Clause, subject: Subject): Cue | null | undefined {
  const from = subject.inverted ? subject.end : i + 1;
  let k = -1;
  for (let m = from; m < Math.min(t.length - 1, from + 6); m++) {
    if (t[m].low === 'in' && ON.has(t[m + 1].low)) {
      k = m;
      break;
    }
  }
  if (k < 0) return undefined;
  if (isNegated(t, subject.inverted ? i : subject.start, k) || pointsInside(t, k) || byThisLetter(t, k)) return null;
  return {
    kind: 'going',
    anchor: i,
    subject,
    hits: [{ index: k, soft: false }],
    actionStart: from,
    soft: false,
    needsDue: true,
    dueFrom: clause.start,
    dueTo: k,
    subordinate: clause.subordinate,
  };
}

/** "Hiermee wil ik …", "Op deze manier wil het kabinet …", "Defensie wil op deze manier …": the means just described,
 *  before the wanted verb, makes "wil" state that means' purpose (issue 12: aims are no commitments). */
function statesPurpose(t: Token[], clauseStart: number, verb: number): boolean {
  for (let k = clauseStart; k < verb; k++) {
    if (PURPOSE_OPENERS.has(t[k].low)) return true;
    if (t[k].low === 'op' && (at(t, k + 1) === 'deze' || at(t, k + 1) === 'die') && (at(t, k + 2) === 'manier' || at(t, k + 2) === 'wijze')) return true;
  }
  return false;
}

export function intentCue(t: Token[], i: number): Cue | null {
  const found = withSubject(t, i, true);
  const cue = found ? activeCue('intent', t, i, found[0], found[1], { stopAtSpeech: true }) : null;
  if (cue && statesPurpose(t, found![0].start, cue.hits[0].index)) return null;
  // "willen we de samenleving ervan bewust maken hoe belangrijk het is veilig deel te nemen": a verb after "hoe", "dat"
  // or "of" belongs to what is wanted or told, not to the wanting.
  if (cue && indexOf(t, WANT_CLAUSE_OPENERS, i + 1, cue.hits[0].index) >= 0) return null;
  // "Nu dit overleg is afgerond willen wij u informeren over de uitkomsten": informing now, in this letter
  if (cue && at(t, 0) === 'nu' && cue.hits.every((h) => t[h.index].low === 'informeren')) return null;
  // "Ik wil ervoor zorgen dat …", "Het kabinet wil bijdragen aan …": a wish or an aim, no act (issue 12).
  if (!cue || cue.hits.every((h) => AIM_VERBS.has(t[h.index].low))) return null;
  return cue;
}

const WANT_CLAUSE_OPENERS = new Set(['hoe', 'dat', 'of', 'waarom', 'welke']);

const BE = new Set(['ben', 'is', 'zijn']);
const HAVE = new Set(['heb', 'heeft', 'hebben']);

const SEE = new Set(['zie', 'ziet', 'zien']);
const OWN = new Set(['mijn', 'ons']);

/** "Ik ben bereid …", "ben ik voornemens …", "heeft het kabinet het voornemen …", "Ik ben van plan …", "Het kabinet
 *  ziet zich genoodzaakt …": an intention to a concrete act (the act's verb must follow). "Het is mijn voornemen om …"
 *  names its speaker by the possessive. */
export function willingCue(t: Token[], i: number): Cue | null {
  const w = t[i].low;
  if (w === 'plan' && at(t, i - 1) !== 'van') return null;
  if (w === 'voornemen' && OWN.has(at(t, i - 1))) return ownIntention(t, i);
  const noun = w === 'voornemen';
  if (noun && at(t, i - 1) !== 'het') return null;
  if (READY.has(w) && at(t, i + 1) !== 'om') return null;
  const finite = indexOf(t, noun ? HAVE : w === 'genoodzaakt' ? SEE : BE, i - 5, i);
  if (finite < 0) return null;
  const found = withSubject(t, finite, true);
  if (!found) return null;
  let from = at(t, i + 1) === 'om' ? i + 2 : i + 1;
  // "heb ik het voornemen van het kabinet uitgesproken om …": an intention recalled as said, in the past
  if (noun) {
    const om = indexOf(t, new Set(['om']), i + 1, i + 10);
    if (om > 0 && indexOf(t, RECALLED, i + 1, om) >= 0) return null;
    if (om > 0) from = om + 1;
  }
  const cue = activeCue('willing', t, finite, found[0], found[1], { from, fallback: true });
  // "Defensie is gereed om op 16 november … te sturen": readiness announces the act only with its date; without one
  // it is a state ("Wij zijn klaar om te helpen").
  return cue && READY.has(w) ? { ...cue, needsDue: true } : cue;
}

const READY = new Set(['gereed', 'klaar']);
const RECALLED = new Set(['uitgesproken', 'geuit', 'aangekondigd', 'gemeld']);

/** "Het is mijn voornemen om … te …": the possessive is the speaker, the main clause has no government subject. */
function ownIntention(t: Token[], i: number): Cue | null {
  const clause = clauseOf(t, i);
  if (clause.subordinate || isNegated(t, clause.start, i)) return null;
  const from = at(t, i + 1) === 'om' ? i + 2 : i + 1;
  const subject = { start: i - 1, end: i, inverted: false };
  return activeCue('willing', t, i, clause, subject, { from, fallback: true });
}

/** "Het kabinet kiest ervoor om de norm in de wet op te nemen", "Ik kies ervoor de regeling te verlengen": choosing an
 *  act is the intention to do it (with "te"; "kiest voor een andere aanpak" names no act). */
export function chooseCue(t: Token[], i: number): Cue | null {
  const ervoor = indexOf(t, new Set(['ervoor', 'daarvoor', 'hiervoor']), i + 1, i + 5);
  if (ervoor < 0) return null;
  const found = withSubject(t, i, true);
  if (!found) return null;
  const from = at(t, ervoor + 1) === 'om' ? ervoor + 2 : ervoor + 1;
  const cue = activeCue('willing', t, i, found[0], found[1], { from, fallback: true });
  if (!cue || indexOf(t, new Set(['te']), from, cue.hits[0].index) < 0) return null;
  return cue;
}

/** "Wij blijven de Kamer informeren over …", "Ik blijf uw Kamer op de hoogte houden": continuing conduct promises
 *  nothing (issue 12), except continuing to inform the Kamer, which is an act owed to it after every answer. */
export function keepInformingCue(t: Token[], i: number): Cue | null {
  const found = withSubject(t, i, true);
  // "via de reguliere voortgangsrapportages" is the routine channel, not an act owed after this answer.
  if (!found || indexOf(t, new Set(['kamer', 'u']), i + 1, i + 8) < 0 || indexOf(t, HABITUAL, 0, t.length) >= 0) return null;
  const from = found[1].inverted ? found[1].end : i + 1;
  const hits = findVerbs(t, from).filter(
    (h) => INFORMING_VERBS.has(t[h.index].low) || (t[h.index].low === 'houden' && indexOf(t, new Set(['hoogte']), from, h.index) >= 0),
  );
  const kept = promisedVerbs(t, hits, i, found[1].inverted ? i : found[1].start);
  if (kept.length === 0) return null;
  return {
    kind: 'present',
    anchor: i,
    subject: found[1],
    hits: kept,
    actionStart: from,
    soft: false,
    needsDue: false,
    dueFrom: found[0].start,
    subordinate: false,
  };
}

const INFORMING_VERBS = new Set(['informeren', 'rapporteren', 'berichten', 'terugkoppelen']);

/** "Ik beoog het wetsvoorstel begin volgend jaar in te dienen": an intention with "te". */
export function aimCue(t: Token[], i: number): Cue | null {
  const found = withSubject(t, i, true);
  if (!found) return null;
  const cue = activeCue('willing', t, i, found[0], found[1], {});
  if (!cue || indexOf(t, new Set(['te']), i + 1, cue.hits[0].index) < 0) return null;
  return cue;
}

/** "Ik streef ernaar …" (soft); not "Ik streef er altijd al naar …", which describes current practice. */
export function striveCue(t: Token[], i: number): Cue | null {
  const naar = indexOf(t, new Set(['ernaar', 'naar']), i + 1, i + 7);
  if (naar < 0 || indexOf(t, HABITUAL, i, naar + 4) >= 0) return null;
  const found = withSubject(t, i, false);
  if (!found) return null;
  const cue = activeCue('strive', t, i, found[0], found[1], { from: naar + 1, soft: true });
  if (cue) return withStandard(t, naar, cue);
  const te = indexOf(t, new Set(['te']), naar + 1, naar + SEARCH_WINDOW);
  if (te < 0 || te + 1 >= t.length || NON_ACTION_VERBS.has(t[te + 1].low) || !t[te + 1].isWord) return null;
  const hit = { index: te + 1, soft: true };
  const kept = promisedVerbs(t, [hit], i, found[1].inverted ? i : found[1].start);
  if (kept.length === 0 || isProcedural(t, kept)) return null;
  return withStandard(t, naar, {
    kind: 'strive',
    anchor: i,
    subject: found[1],
    hits: kept,
    actionStart: naar + 1,
    soft: true,
    needsDue: false,
    dueFrom: found[0].start,
    subordinate: found[0].subordinate,
  });
}

/** "streef ik ernaar zo efficiënt mogelijk … te verstrekken": striving for a standard of conduct ("zo <adjective>
 *  mogelijk", not a word of speed) describes how one works; it promises an act only with a time phrase. */
function withStandard(t: Token[], naar: number, cue: Cue): Cue {
  const last = cue.hits.length > 0 ? cue.hits[cue.hits.length - 1].index : naar;
  for (let k = naar + 1; k + 2 <= last; k++) {
    if (t[k].low === 'zo' && t[k + 2].low === 'mogelijk' && !SPEED.has(t[k + 1].low)) return { ...cue, needsDue: true };
  }
  return cue;
}

/** "Ik zeg (u) toe …", "zeg ik toe dat …", "Ik kan toezeggen dat …". */
export function promiseCue(t: Token[], i: number): Cue | null {
  let anchor = i;
  let after: number;
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
  return {
    kind: 'promise',
    anchor,
    subject: found[1],
    hits: [],
    actionStart: after + 1,
    soft: false,
    needsDue: false,
    dueFrom: found[0].start,
    subordinate: found[0].subordinate,
  };
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
  return {
    kind: 'return',
    anchor: i,
    subject,
    hits,
    actionStart: subject.inverted ? subject.end : i + 1,
    soft: false,
    needsDue: false,
    dueFrom: clause.start,
    subordinate: clause.subordinate,
  };
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
