import { activeCue } from './active-cues.js';
import { clauseOf, subjectOf } from './clause.js';
import {
  ACTION_NOUNS,
  COMING,
  COMPANIONS,
  DETERMINERS,
  DOCUMENT_ORDER,
  IN_DOCUMENT,
  DOCUMENT_NOUNS,
  DONE_NOW,
  FINITE_STOPS,
  FIRM_PARTICIPLES,
  FIRM_VERBS,
  HABITUAL,
  INCLUSION_PARTICIPLES,
  INFORMING_PRESENT,
  NEGATIONS,
  OTHERS_MEETINGS,
  PLURAL_PRESENT,
  PRESENT_ACTIONS,
  REFERENCE_MARKERS,
  SENDING_PRESENT,
  SOFT_PARTICIPLES,
  SOFT_VERBS,
  SUBORDINATORS,
  WE,
} from './commitment-lexicon.js';
import { governmentActorEnd } from './government-actor.js';
import type { Cue } from './promise-cue.js';
import type { Token } from './text-tokens.js';
import { findVerbs, isGuarded, isNegated, promisedVerbs, SEARCH_WINDOW, type VerbHit } from './verb-search.js';

// Cues without an active government subject after them: references to an earlier toezegging, passive promises
// ("zal … worden meegenomen"), the Kamer as recipient ("uw Kamer wordt voor de zomer geïnformeerd"), and the
// present tense with future meaning ("Ik informeer u hier zo spoedig mogelijk over").

const at = (t: Token[], i: number): string => (i >= 0 && i < t.length ? t[i].low : '');

function has(t: Token[], words: Set<string> | string[], from: number, to: number): number {
  const set = Array.isArray(words) ? new Set(words) : words;
  for (let k = Math.max(0, from); k < Math.min(t.length, to); k++) if (set.has(t[k].low)) return k;
  return -1;
}

const HAVE_OR_BE = new Set(['heb', 'heeft', 'hebben', 'is', 'zijn']);

/** The "heb/is" of a perfect ending in the participle at i: in its clause, or before an aside between commas ("In
 *  aanvulling daarop is, in antwoord op vragen van …, uw Kamer … toegezegd") when no other finite verb intervenes. */
function finiteBefore(t: Token[], clauseStart: number, i: number): number {
  const inClause = has(t, HAVE_OR_BE, clauseStart, i);
  if (inClause >= 0) return inClause;
  for (let k = clauseStart - 1; k >= Math.max(0, i - 30); k--) {
    if (HAVE_OR_BE.has(t[k].low)) return t[k + 1]?.raw === ',' ? k : -1;
    if (t[k].raw === '.' || t[k].raw === ';' || FINITE_STOPS.has(t[k].low)) return -1;
  }
  return -1;
}

/** "heeft de Staatssecretaris … toegezegd een onderzoek te gaan doen", "is toegezegd dat …", "heb ik de toezegging gedaan om …". */
export function referenceCue(t: Token[], i: number): Cue | null {
  if (t[i].low === 'gedaan' && has(t, ['toezegging'], i - 3, i) < 0) return null;
  const clause = clauseOf(t, i);
  if (t[clause.start].low === 'zoals') return null; // "Zoals toegezegd …" only names the origin of another promise
  const finite = finiteBefore(t, clause.start, i);
  if (finite < 0 || isNegated(t, finite, i)) return null;
  const from = at(t, i + 1) === 'om' || at(t, i + 1) === 'dat' ? i + 2 : i + 1;
  if (t[finite].low === 'is' || t[finite].low === 'zijn') {
    // "In een brief van juni is toegezegd om onderzoek te doen naar …": the impersonal passive with "om … te" promises
    // the act it names, as "is toegezegd dat …" does (issue 12: passive forms).
    // So does the infinitive without "om" ("is toegezegd een overzicht … met uw Kamer te delen"), and a document or act
    // named as what was promised ("is uw Kamer voor het begrotingsdebat een eerste rapportage toegezegd").
    const hits = at(t, i + 1) === 'dat' ? [] : promisedVerbs(t, findVerbs(t, at(t, i + 1) === 'om' ? i + 2 : i + 1), i, i);
    const promisedThing = has(t, DOCUMENT_NOUNS, finite + 1, i) >= 0 || has(t, ACTION_NOUNS, finite + 1, i) >= 0;
    if (at(t, i + 1) !== 'dat' && hits.length === 0 && !promisedThing) return null;
    return {
      kind: 'reference',
      anchor: i,
      subject: null,
      hits,
      actionStart: from,
      soft: false,
      needsDue: false,
      dueFrom: i + 1,
      subordinate: clause.subordinate,
    };
  }
  const subject = subjectOf(t, finite, clauseOf(t, finite));
  if (!subject) return null;
  const cue = activeCue('reference', t, finite, clause, subject, { from, fallback: true, dueFrom: i + 1 });
  if (cue || at(t, i + 1) !== 'dat') return cue;
  // "heeft de minister toegezegd dat de Kamer voor de zomer een brief ontvangt": the promise is explicit
  return {
    kind: 'reference',
    anchor: finite,
    subject,
    hits: [],
    actionStart: from,
    soft: false,
    needsDue: false,
    dueFrom: i + 1,
    subordinate: clause.subordinate,
  };
}

const STATES = new Set(['is', 'was', 'luidt', 'luidde']);
const EMBEDDERS = new Set(['welke', 'wat', 'hoe', 'waarom', 'wanneer', 'waar', 'of', 'dat', 'die', 'waarin', 'waarmee', 'waardoor', 'wie']);
const TOLD = new Set(['aangegeven', 'weten', 'gemeld', 'bericht', 'meegedeeld', 'medegedeeld']);

/**
 * "heeft de Staatssecretaris uw Kamer laten weten u eind van het jaar te informeren", "heb ik aangegeven de regeling
 * voor de zomer aan te passen": the government's own earlier message that it will act, told with a te-infinitive, is a
 * promise recalled as still to be kept (the guide: the government's own report of its own promise counts). Only with
 * a perfect "heb/heeft" and a government subject; "aangegeven hiertoe bereid te zijn" names no act.
 */
export function toldCue(t: Token[], i: number): Cue | null {
  if (!TOLD.has(t[i].low) || (t[i].low === 'weten' && at(t, i - 1) !== 'laten')) return null;
  const finite = has(t, ['heb', 'heeft', 'hebben'], Math.max(0, i - 14), i);
  if (finite < 0 || isNegated(t, finite, i)) return null;
  const clause = clauseOf(t, finite);
  // "Zoals ik eerder heb aangegeven, is het …": the aside names where something was said, like "Zoals toegezegd …"
  if (t[clause.start].low === 'zoals' || at(t, clause.start - 1) === 'zoals') return null;
  const subject = subjectOf(t, finite, clause);
  if (!subject || at(t, i + 1) === 'dat') return null;
  const hits = promisedVerbs(t, findVerbs(t, i + 1), i, i);
  if (hits.length === 0 || has(t, ['te'], i + 1, hits[0].index) < 0) return null;
  // "heb ik aangegeven welke stappen worden gezet om … te …": an embedded question or clause tells what is (done), its
  // infinitive is no promise of the speaker.
  if (has(t, EMBEDDERS, i + 1, hits[0].index) >= 0) return null;
  return {
    kind: 'reference',
    anchor: finite,
    subject,
    hits,
    actionStart: i + 1,
    soft: false,
    needsDue: false,
    dueFrom: i + 1,
    subordinate: clause.subordinate,
  };
}

/**
 * "De toezegging is dat ik u eind 2016 informeer over …": the content of a promise named as such, in a dat-clause whose
 * verb may be a present form (issue 12: references to an earlier promise). Its verb must still be an act.
 */
export function promiseContentCue(t: Token[], i: number): Cue | null {
  if (!STATES.has(at(t, i + 1)) || at(t, i + 2) !== 'dat') return null;
  const clause = clauseOf(t, i);
  if (isNegated(t, clause.start, i + 3)) return null;
  const from = i + 3;
  let hits = findVerbs(t, from);
  if (hits.length === 0) {
    for (let k = from; k < Math.min(t.length, from + SEARCH_WINDOW); k++) {
      if (t[k].raw === ',' || t[k].raw === ';') break;
      if (PRESENT_ACTIONS.has(t[k].low) || t[k].low === 'ontvangt') {
        hits = [{ index: k, soft: false }];
        break;
      }
    }
  }
  if (hits.length === 0) return null;
  return { kind: 'reference', anchor: i, subject: null, hits, actionStart: from, soft: false, needsDue: false, dueFrom: from, subordinate: clause.subordinate };
}

function isParticiple(w: string): boolean {
  return FIRM_PARTICIPLES.has(w) || SOFT_PARTICIPLES.has(w);
}

/** The first participle of a promised action next to "worden" within the window, or -1. */
function passiveParticiple(t: Token[], from: number, to: number): number {
  for (let j = Math.max(0, from); j < Math.min(t.length, to); j++) {
    if (t[j].raw === ';') return -1;
    if (isParticiple(t[j].low) && has(t, ['worden', 'word', 'wordt'], j - 3, j + 4) >= 0) return j;
  }
  return -1;
}

/** A participle of a promised action in the window (the finite "wordt" of the clause is known), or -1. */
function participleAfter(t: Token[], from: number, to: number): number {
  for (let j = Math.max(0, from); j < Math.min(t.length, to); j++) {
    if (t[j].raw === ';' || t[j].raw === ',') return -1;
    if (isParticiple(t[j].low)) return j;
  }
  return -1;
}

/** "door de NZa" after a passive: a third party acts, not the government. */
function thirdPartyAgent(t: Token[], from: number, to: number): boolean {
  const door = has(t, ['door'], from, to);
  return door >= 0 && governmentActorEnd(t, door + 1) < 0;
}

/** "de Kamer zal over het vervolg geïnformeerd worden", "Dit vraagstuk zal daarbij worden meegenomen". */
/** "Tijdens de Raad zal de voortgang worden besproken", "Tijdens de top zal het actieplan worden geëvalueerd": a passive
 *  placed at a meeting of others is that meeting's agenda; the government's own act there keeps its subject ("Tijdens de
 *  Raad zal ik aandacht vragen voor …"). */
export function atOthersMeeting(t: Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if (t[k].low !== 'tijdens') continue;
    for (let m = k + 1; m < Math.min(to, k + 5); m++) if (OTHERS_MEETINGS.has(t[m].low)) return true;
  }
  return false;
}

/** Participles of knowing, expecting and being, which no act of the government is: "zal worden verwacht". */
const NON_ACT_PARTICIPLES = new Set([
  ...['verwacht', 'geacht', 'gezien', 'beschouwd', 'bevonden', 'gebleken', 'geweest', 'gebeurd', 'gedacht', 'gehoopt'],
  ...['gevreesd', 'gewenst', 'geweten', 'beïnvloed', 'bepaald', 'gevolgd', 'gehaald', 'bereikt', 'gehandhaafd', 'behouden'],
  // a process reaching its end is a future fact, not an act ("Het onderzoek zal in het voorjaar worden afgerond")
  ...['afgerond', 'voltooid', 'gerealiseerd', 'opgeleverd'],
  // reading and understanding: "zal het begrip … worden opgevat als …"
  ...['opgevat', 'geïnterpreteerd', 'gelezen', 'begrepen'],
]);
const PARTICIPLE_PREFIXES = ['ge', 'be', 'ver', 'ont', 'her'];
const EMBEDDING = new Set(['of', 'dat', 'hoe', 'wat', 'waarom', 'zodat', 'omdat']);
const SEPARABLE = ['aan', 'op', 'in', 'uit', 'toe', 'voor', 'na', 'mee', 'terug', 'door', 'af', 'over', 'bij', 'vast'];

/** "gedekt", "ontwikkeld", "ingezet" (in-ge-zet), "opgepakt": the prefix of a participle, with a separable particle. */
function participlePrefix(w: string): boolean {
  return PARTICIPLE_PREFIXES.some((p) => w.startsWith(p)) || SEPARABLE.some((s) => w.startsWith(`${s}ge`));
}

/** A participle outside the lexicon, right next to "worden" ("zal vooralsnog worden gedekt", "zal … beschikbaar worden
 *  gesteld", "zal worden ontwikkeld"): a prefix of the participle and its -d/-t, or -1. */
function anyParticipleAtWorden(t: Token[], from: number, to: number): number {
  for (let j = Math.max(0, from); j < Math.min(t.length, to); j++) {
    // The participle must be in the clause of "zal", not in a clause it embeds: "De politie zal bezien of de inzet kan
    // worden uitgebreid" (a relative clause between them may stand: "zal … aan de gemeenten die … beschikbaar worden gesteld").
    if (t[j].raw === ';' || t[j].raw === ',' || EMBEDDING.has(t[j].low)) return -1;
    if (t[j].low !== 'worden') continue;
    for (const k of [j + 1, j - 1]) {
      const w = at(t, k);
      if (w.length >= 6 && (w.endsWith('d') || w.endsWith('t')) && participlePrefix(w) && !NON_ACT_PARTICIPLES.has(w)) return k;
    }
    return -1;
  }
  return -1;
}

export function passiveFutureCue(t: Token[], i: number): Cue | null {
  const clause = clauseOf(t, i);
  const known = passiveParticiple(t, i + 1, i + SEARCH_WINDOW);
  // Outside the lexicon only in a main clause: "De datum waarop het rapport zal worden geopenbaard" names a date.
  const participle = known >= 0 || clause.subordinate ? known : anyParticipleAtWorden(t, i + 1, i + SEARCH_WINDOW);
  if (participle >= 0) {
    if (thirdPartyAgent(t, i + 1, participle + 5) || isNegated(t, clause.start, participle) || isGuarded(t, 0, participle)) return null;
    if (atOthersMeeting(t, clause.start, i)) return null;
    const hits = [{ index: participle, soft: SOFT_PARTICIPLES.has(t[participle].low) }];
    return impliedActorCue(i, hits, clause.start, false, clause.subordinate);
  }
  const event = announcedEvent(t, clause.start, i);
  if (event) return event;
  // "Uw Kamer zal voor de zomer een brief ontvangen"
  const receive = has(t, ['ontvangen'], i + 1, i + SEARCH_WINDOW);
  const kamer = has(t, ['kamer'], clause.start, i + 4);
  if (receive < 0 || kamer < 0 || isNegated(t, clause.start, receive) || isGuarded(t, 0, receive)) return null;
  return {
    kind: 'kamer',
    anchor: i,
    subject: null,
    hits: [{ index: receive, soft: false }],
    actionStart: clause.start,
    soft: false,
    needsDue: false,
    dueFrom: clause.start,
    subordinate: clause.subordinate,
  };
}

/** Verbs by which an act of the government happens without an actor: "Er zal in het najaar een evaluatie plaatsvinden". */
const EVENT_VERBS = new Set(['plaatsvinden', 'komen', 'volgen', 'starten', 'verschijnen']);

/** An action noun (ACTION_NOUNS) before an event verb after "zal/zullen": a government act announced as a future fact.
 *  Not a debate or a vote (the Kamer's acts are no nouns of the list), not negated ("er zal geen onderzoek komen"),
 *  not done by a named third party ("door de inspectie"). */
function announcedEvent(t: Token[], clauseStart: number, i: number): Cue | null {
  let verb = -1;
  for (let j = i + 1; j < Math.min(t.length, i + 16); j++) {
    if (t[j].raw === ',' || t[j].raw === ';') break;
    if (EVENT_VERBS.has(t[j].low)) verb = j;
  }
  if (verb < 0) return null;
  // With a government subject the event verb is its own ("Ik zal het onderzoek nauwlettend volgen"): that is the active
  // cue's business, and monitoring is no act.
  if (subjectOf(t, i, clauseOf(t, i))) return null;
  const noun = has(t, ACTION_NOUNS, clauseStart, verb);
  if (noun < 0 || isNegated(t, clauseStart, verb) || isGuarded(t, 0, verb) || thirdPartyAgent(t, clauseStart, verb + 4)) return null;
  return impliedActorCue(i, [{ index: verb, soft: false }], clauseStart, false, clauseOf(t, i).subordinate);
}

/** "Er komt een onderzoek naar …", "Dit najaar komt er een evaluatie": the present of an announced act. */
export function thereComesCue(t: Token[], i: number): Cue | null {
  if (at(t, i - 1) !== 'er' && at(t, i + 1) !== 'er') return null;
  const clause = clauseOf(t, i);
  if (clause.subordinate || isNowOrRoutine(t)) return null;
  // The action noun is the subject, "er komt een (nieuw) onderzoek", not in a prepositional phrase ("kritiek op de regeling").
  const noun = has(t, ACTION_NOUNS, i + 1, i + 8);
  if (noun < 0 || has(t, ['een'], noun - 3, noun) < 0 || has(t, ['op', 'van', 'over', 'naar', 'aan', 'met', 'voor', 'uit'], i + 1, noun) >= 0) return null;
  if (has(t, NEGATIONS, i + 1, noun) >= 0 || isGuarded(t, 0, noun) || thirdPartyAgent(t, noun, noun + 8)) return null;
  return impliedActorCue(i, [{ index: noun, soft: false }], clause.start, false, false);
}

/** "Nog dit jaar start een pilot in drie regio's", "In het najaar begint de evaluatie": the present of an act's start,
 *  a promise only with a time phrase (like every present tense). With a government subject ("Dit najaar start ik een
 *  onderzoek") it is the active present; otherwise the act must be named (ACTION_NOUNS) and is announced as a fact. */
export function startsCue(t: Token[], i: number): Cue | null {
  const clause = clauseOf(t, i);
  // Any negation, "niet eerder dan" too: a lower bound ("start niet eerder dan in 2026") is no date to keep.
  if (clause.subordinate || isNowOrRoutine(t) || has(t, NEGATIONS, clause.start, i + 6) >= 0 || isGuarded(t, 0, i)) return null;
  const subject = subjectOf(t, i, clause);
  if (subject)
    return {
      kind: 'present',
      anchor: i,
      subject,
      hits: [{ index: i, soft: false }],
      actionStart: subject.inverted ? subject.end : i,
      soft: false,
      needsDue: true,
      dueFrom: clause.start,
      subordinate: false,
    };
  const noun = has(t, ACTION_NOUNS, Math.max(clause.start, i - 4), i + 5);
  if (noun < 0 || thirdPartyAgent(t, i + 1, i + 10)) return null;
  return impliedActorCue(i, [{ index: noun, soft: false }], clause.start, true, false);
}

/** "De andere rapportages volgen de komende tijd": a named act (ACTION_NOUNS) as the subject of "volgt/volgen", with a
 *  time phrase. Only without a government actor or an auxiliary in the clause: "Wij volgen de ontwikkelingen" and
 *  "Ik zal het onderzoek volgen" are monitoring. */
export function followsCue(t: Token[], i: number): Cue | null {
  const clause = clauseOf(t, i);
  if (clause.subordinate || isNowOrRoutine(t) || has(t, NEGATIONS, clause.start, i + 6) >= 0 || isGuarded(t, 0, i)) return null;
  for (let k = clause.start; k < i; k++) if (governmentActorEnd(t, k) > 0 || AUXILIARIES.has(t[k].low)) return null;
  if (governmentActorEnd(t, i + 1) > 0) return null;
  // "De evaluatie volgt in het najaar", and inverted after "er": "volgt er in de zomer besluitvorming over …"
  const noun = at(t, i + 1) === 'er' ? has(t, ACTION_NOUNS, i + 2, i + 10) : has(t, ACTION_NOUNS, clause.start, i);
  if (noun < 0) return null;
  return impliedActorCue(i, [{ index: noun, soft: false }], clause.start, true, false);
}
const AUXILIARIES = new Set(['zal', 'zullen', 'wil', 'willen', 'kan', 'kunnen', 'moet', 'moeten', 'blijf', 'blijft', 'blijven', 'ga', 'gaat', 'gaan']);

/** "De cijfers worden opgenomen in de eerstvolgende voortgangsrapportage", "Zijn overige vragen worden betrokken bij het
 *  aangekondigde voortgangsbericht": taken up in a document still to come, so the Kamer will read it there. The document
 *  must be one still to come (COMING) or the sentence must say when; "opgenomen in de rapportage" alone may describe
 *  what is already there, and a routine ("de jaarlijkse monitor") promises nothing new. */
export function documentPassiveCue(t: Token[], i: number): Cue | null {
  if (has(t, ['zal', 'zullen'], i - 8, i) >= 0 || isNowOrRoutine(t)) return null;
  const clause = clauseOf(t, i);
  let participle = -1;
  for (let j = Math.max(clause.start, i - 3); j < Math.min(t.length, i + 14); j++) {
    if (j > i && (t[j].raw === ',' || t[j].raw === ';')) break;
    if (INCLUSION_PARTICIPLES.has(t[j].low)) {
      participle = j;
      break;
    }
  }
  if (participle < 0 || isNegated(t, clause.start, participle) || isGuarded(t, 0, participle) || thirdPartyAgent(t, i + 1, participle + 5)) return null;
  let doc = -1;
  let coming = false;
  // The document may stand before the verb too: "In de komende ramingen worden de effecten … meegenomen".
  for (let j = clause.start; j < Math.min(t.length, participle + 12); j++) {
    if (j > i && (t[j].raw === ',' || t[j].raw === ';')) break;
    if ((t[j].low === 'in' || t[j].low === 'bij') && j !== participle) {
      for (let m = j + 1; m < Math.min(t.length, j + 7); m++) {
        if (COMING.has(t[m].low)) coming = true;
        if (DOCUMENT_NOUNS.has(t[m].low)) {
          doc = m;
          break;
        }
      }
      if (doc >= 0) break;
      coming = false;
    }
  }
  if (doc < 0) return null;
  return impliedActorCue(i, [{ index: participle, soft: false }], clause.start, !coming, clause.subordinate);
}

const INFORMING_PARTICIPLES = new Set(['geïnformeerd', 'toegezonden', 'toegestuurd', 'gestuurd', 'verstuurd', 'bericht', 'aangeboden']);
const NOW = new Set(['momenteel', 'thans', 'inmiddels', 'nu']);

/** Present tense that states what is done now or routinely: never a promise on its own. */
function isNowOrRoutine(t: Token[], from = 0): boolean {
  // A routine promised ("Zoals toegezegd … wordt u twee keer per jaar geïnformeerd") is a recurring promise, still open
  // (docs/COMMITMENT-LABELLING.md); a routine merely described is none.
  const promised = has(t, REFERENCE_MARKERS, 0, t.length) >= 0;
  for (let k = from; k < t.length; k++) {
    const w = t[k].low;
    if (DONE_NOW.has(w) || (HABITUAL.has(w) && !promised) || NOW.has(w)) return true;
    if (w === 'op' && at(t, k + 1) === 'dit' && at(t, k + 2) === 'moment') return true;
    // "Met deze brief informeer ik …", "In deze beantwoording stuur ik …"
    if ((w === 'met' || w === 'in' || w === 'bij') && (at(t, k + 1) === 'deze' || at(t, k + 1) === 'dit')) {
      const what = at(t, k + 2);
      if (what === 'brief' || what === 'beantwoording' || what === 'antwoord' || what === 'antwoorden') return true;
      // a compound letter: "Met deze Stand van zakenbrief", "Met deze voortgangsbrief"
      for (let m = k + 2; m < Math.min(t.length, k + 6); m++) if (t[m].low.endsWith('brief')) return true;
    }
    // "twee keer per jaar", "per kwartaal"
    if (!promised && w === 'per' && ['jaar', 'kwartaal', 'maand', 'week', 'halfjaar'].includes(at(t, k + 1))) return true;
  }
  return false;
}

/** Where the conjunct of the verb at i begins: after the last "en", comma or semicolon before it, else 0. A sentence that
 *  opens with "Met deze brief" or "Hierbij" stays in scope: such openers govern every conjunct ("Hierbij stuur ik u … en
 *  informeer ik u …"). */
function conjunctStart(t: Token[], i: number): number {
  if (DONE_NOW.has(at(t, 0)) || (at(t, 0) === 'met' && at(t, 1) === 'deze')) return 0;
  for (let k = i - 1; k > 0; k--) if (t[k].low === 'en' || t[k].raw === ',' || t[k].raw === ';') return k + 1;
  return 0;
}

const MODALS = new Set(['kan', 'kunnen', 'moet', 'moeten', 'mag', 'mogen']);
const RELATIVE_PRONOUNS = new Set(['dat', 'die', 'welke', 'waarover', 'waarin', 'waarmee', 'waarbij', 'waarvan']);
/** Words of a relative clause about the past: a perfect, a past form, "jl.", or a promise or document already made. */
const PAST_IN_CLAUSE = new Set([
  ...['heeft', 'hebben', 'heb', 'had', 'hadden', 'jl', 'jongstleden', 'was', 'werd'],
  ...['toegezegd', 'gedaan', 'aangenomen', 'ingediend', 'verschenen', 'gepubliceerd', 'ontvangen'],
]);

/** The start of a relative clause in the past after `from`, or -1. A time phrase there dates the object, not the promise:
 *  "stuur ik uw Kamer het rapport dat de inspectie op 3 april heeft gepubliceerd" sends nothing later. A relative clause
 *  to come keeps its phrase ("neem ik mee in de evaluatie die dit najaar van start gaat"). */
function pastRelativeClause(t: Token[], from: number): number {
  for (let start = has(t, RELATIVE_PRONOUNS, from, t.length); start >= 0; start = has(t, RELATIVE_PRONOUNS, start + 1, t.length)) {
    let end = start + 1;
    while (end < t.length && t[end].raw !== ',' && t[end].raw !== ';') end++;
    if (has(t, PAST_IN_CLAUSE, start + 1, end) >= 0) return start;
  }
  return -1;
}
const INDIRECT_QUESTION = new Set(['hoe', 'of', 'wat', 'welke', 'waarom', 'waarmee', 'waarover']);

/** "Uw Kamer wordt voor de zomer geïnformeerd", "De resultaten worden voor de zomer aan uw Kamer gestuurd", "Uw Kamer ontvangt …". */
export function kamerPresentCue(t: Token[], i: number): Cue | null {
  // "U ontvangt … voor de zomer": the Kamer addressed as "u" is the receiver too.
  // So is "u" right after a passive "wordt": "Voor het eind van het jaar wordt u geïnformeerd over …".
  const addressed = (t[i].low === 'ontvangt' && (at(t, i - 1) === 'u' || at(t, i + 1) === 'u')) || (t[i].low === 'wordt' && at(t, i + 1) === 'u');
  if (has(t, ['zal', 'zullen'], i - 8, i) >= 0 || (has(t, ['kamer'], 0, t.length) < 0 && !addressed) || isNowOrRoutine(t)) return null;
  const clause = clauseOf(t, i);
  // "… verzocht om een brief te ontvangen over hoe deze moties worden uitgevoerd": a passive in an indirect question is
  // what is asked or told about, not what the Kamer will receive.
  if (clause.subordinate && INDIRECT_QUESTION.has(t[clause.start].low)) return null;
  let hit: number;
  if (t[i].low === 'ontvangt') hit = at(t, i - 1) === 'kamer' || addressed || at(t, i + 2) === 'kamer' ? i : -1;
  // From the clause's start: "Zodra …, wordt uw Kamer hierover geïnformeerd" has a comma right before its finite verb.
  else hit = participleAfter(t, Math.max(clause.start, i - 3), i + 14);
  if (hit < 0 || isNegated(t, clause.start, hit) || isGuarded(t, 0, hit)) return null;
  // "…, zodat deze geagendeerd kan worden voor het overleg": a modal passive states what becomes possible (a purpose),
  // not what the government will do.
  if (has(t, MODALS, clause.start, Math.max(i, hit)) >= 0) return null;
  const hits = [{ index: hit, soft: SOFT_PARTICIPLES.has(t[hit].low) }];
  // "Uw Kamer wordt hierover nader geïnformeerd" is a promise without a time phrase too, and so is receiving a copy
  // ("Uw Kamer ontvangt een afschrift van dit antwoord"): the copy is sent after the answer. Other passives need one.
  const copy = t[hit].low === 'ontvangt' && has(t, ['afschrift', 'kopie', 'afschriften'], hit + 1, hit + 5) >= 0;
  // Being informed, or receiving "separaat", is later than this letter only with a word that says so ("nader", "zodra",
  // "separaat"), as for "informeer ik u" (presentCue): "Daarnaast wordt uw Kamer geïnformeerd over …" is this letter.
  const later = has(t, LATER, 0, t.length) >= 0;
  const needsDue = !((INFORMING_PARTICIPLES.has(t[hit].low) || t[hit].low === 'ontvangt') && later) && !copy;
  return {
    kind: 'kamer',
    anchor: i,
    subject: null,
    hits,
    actionStart: clause.start,
    soft: false,
    needsDue,
    dueFrom: clause.start,
    subordinate: clause.subordinate,
  };
}

/** "nemen we", "wij sturen": a plural present with "we/wij" right before or after it. */
export function isWePlural(t: Token[], i: number): boolean {
  return PLURAL_PRESENT.has(t[i].low) && (WE.has(at(t, i + 1)) || WE.has(at(t, i - 1)));
}

/** Words that put informing after this answer: a moment ("zodra", "nadat") or "nader", "later", "separaat". */
const LATER = new Set([
  'zodra',
  'nadat',
  'wanneer',
  'als',
  'nader',
  'later',
  'separaat',
  'apart',
  'afzonderlijk',
  'afronding',
  'ontvangst',
  'afloop',
  'zijner',
]);

/** A present form needs its particle or companion: "kom … met", "neem … mee", "breng … in kaart", "laat … weten". */
function particleFits(t: Token[], i: number, infinitive: string): boolean {
  const ahead = (words: string[], span: number): boolean => has(t, words, i + 1, i + 1 + span) >= 0;
  switch (infinitive) {
    case 'komen':
      return ahead(['met', 'terug'], 12);
    case 'nemen':
      return ahead(['mee', 'op', 'contact'], 20); // the particle closes the clause: "neem de … van … mee"
    case 'brengen':
    case 'maken':
      return has(t, COMPANIONS, i - 1, i + 12) >= 0;
    case 'laten':
      return ahead(['weten'], 12) || has(t, FIRM_VERBS, i + 1, i + 12) >= 0;
    case 'aanbieden':
      return ahead(['aan'], 12);
    case 'voorleggen':
      return ahead(['voor'], 12);
    case 'uitwerken':
      return ahead(['uit'], 12);
    case 'uitvoeren':
      return ahead(['uit'], 40); // the particle closes the clause: "Ik voer de maatregelen … zo snel als mogelijk uit"
    case 'gaan':
    case 'treden':
      return ahead(['gesprek', 'overleg', 'contact'], 12);
    case 'houden':
      return ahead(['hoogte'], 12);
    case 'vragen':
      return ahead(['aandacht'], 8);
    default:
      return true;
  }
}

/** "Ik stuur uw Kamer een brief over …": the document sent is one still to be made (indefinite), not one that exists
 *  already and goes with this letter: "het rapport dat de inspectie heeft gepubliceerd", a document numbered as a
 *  Kamerstuk ("een nota van wijziging (Kamerstuk 35 148, nr. 4)"). */
function sendsNewDocument(t: Token[], i: number): boolean {
  // "stuur ik u een afschrift van mijn brief aan de Eerste Kamer": a copy of a letter that exists goes with this one
  return has(t, ['een'], i + 1, i + 8) >= 0 && has(t, ['kamerstuk', 'kamerstukken', 'afschrift', 'kopie'], i + 1, t.length) < 0;
}

/** "Ik informeer u hier zo spoedig mogelijk over.", "Voor de zomer stuur ik uw Kamer … toe" (a due phrase is required). */
export function presentCue(t: Token[], i: number): Cue | null {
  const infinitive = PRESENT_ACTIONS.get(t[i].low) ?? (isWePlural(t, i) ? PLURAL_PRESENT.get(t[i].low) : undefined);
  // "Ik laat … op dit moment verkennen en informeer uw Kamer voor de zomer": a "now" in an earlier conjunct is that
  // conjunct's; the present promise is judged from its own conjunct on (after the last "en", comma or semicolon).
  if (!infinitive || !particleFits(t, i, infinitive) || isNowOrRoutine(t, conjunctStart(t, i))) return null;
  const clause = clauseOf(t, i);
  if (clause.subordinate) return null;
  const subject = subjectOf(t, i, clause);
  if (!subject || isNegated(t, i, Math.min(t.length, i + 5)) || isGuarded(t, 0, i)) return null;
  const hits = [{ index: i, soft: SOFT_VERBS.has(infinitive) }];
  // Informing the Kamer is a promise without a time phrase as well: "Ik informeer uw Kamer over de uitkomsten zodra …",
  // "Ik stuur uw Kamer een brief over …", "Ik houd uw Kamer op de hoogte". "Daarnaast informeer ik u over de voortgang"
  // without a moment or a "nader" tells what this very letter does: "informeer" needs one of those.
  const informing = INFORMING_PRESENT.has(t[i].low) && has(t, ['kamer', 'u'], i + 1, i + 4) >= 0;
  const laterWord = has(t, LATER, 0, t.length) >= 0;
  const later = SENDING_PRESENT.has(t[i].low) ? laterWord || sendsNewDocument(t, i) : !t[i].low.startsWith('informe') || laterWord;
  // "Ik laat u weten dat …" tells now; "Daarnaast laat ik onderzoeken of …" and "Ik treed hierover in overleg met …"
  // start an act that runs after the answer, time phrase or not.
  if (infinitive === 'laten' && has(t, ['weten'], i + 1, i + 12) >= 0) {
    const weten = has(t, ['weten'], i + 1, i + 12);
    if (at(t, weten + 1) === 'dat') return null;
  }
  const commissions = infinitive === 'laten' && has(t, FIRM_VERBS, i + 1, i + 12) >= 0;
  const opens = infinitive === 'treden' && has(t, ['overleg', 'contact', 'gesprek'], i + 1, i + 8) >= 0;
  const needsDue = !(informing && later) && !commissions && !opens;
  const relative = pastRelativeClause(t, i + 1);
  return {
    kind: 'present',
    anchor: i,
    subject,
    hits,
    actionStart: subject.inverted ? subject.end : i,
    soft: false,
    needsDue,
    dueFrom: clause.start,
    ...(relative >= 0 ? { dueTo: relative } : {}),
    subordinate: false,
  };
}

/** "Uw Kamer kan de kabinetsreactie voor het einde van het jaar tegemoet zien", "U kunt de brief voor de zomer verwachten". */
export function kamerAwaitsCue(t: Token[], i: number): Cue | null {
  if (t[i].low === 'tegemoet' && at(t, i + 1) !== 'zien') return null;
  const modal = has(t, ['kan', 'kunt', 'kunnen', 'zal', 'zult'], i - 15, i);
  if (modal < 0 || has(t, ['kamer', 'u'], modal - 3, modal + 3) < 0) return null;
  const clause = clauseOf(t, modal);
  if (isNegated(t, clause.start, i) || isGuarded(t, 0, i)) return null;
  const hits = [{ index: i, soft: false }];
  return {
    kind: 'kamer',
    anchor: modal,
    subject: null,
    hits,
    actionStart: clause.start,
    soft: false,
    needsDue: false,
    dueFrom: clause.start,
    subordinate: clause.subordinate,
  };
}

/**
 * A promise with the government implied, not named ("Er komt een onderzoek", "Uw Kamer wordt … geïnformeerd"): the
 * action phrase and its due phrase start with the clause; never soft.
 */
function impliedActorCue(anchor: number, hits: VerbHit[], clauseStart: number, needsDue: boolean, subordinate: boolean): Cue {
  return { kind: 'passive', anchor, subject: null, hits, actionStart: clauseStart, soft: false, needsDue, dueFrom: clauseStart, subordinate };
}

/** Words that stand right before a government actor without being its finite verb: prepositions ("door het kabinet",
 *  "volgens de Minister"), conjunctions, articles and adverbs of degree. */
const NOT_A_VERB = new Set([
  ...['van', 'voor', 'met', 'aan', 'op', 'in', 'bij', 'door', 'naar', 'over', 'tot', 'uit', 'om', 'te', 'tegen', 'onder', 'na', 'sinds'],
  ...['volgens', 'namens', 'zonder', 'tussen', 'dan', 'als', 'zowel', 'noch', 'en', 'of', 'maar', 'want', 'dus', 'ook', 'zelfs', 'alleen'],
  ...['de', 'het', 'een', 'deze', 'dit', 'die', 'dat', 'wat', 'wie', 'welke', 'waarbij', 'hoe', 'niet', 'nog', 'wel', 'al', 'toen'],
]);
/** Finite verbs of being, having, modality, opinion and happening: before a government subject they state a fact or a
 *  view, not an act ("In 2025 heeft het kabinet …", "Daarom vindt het kabinet …"). */
const NON_ACTION_FINITES = new Set([
  ...['is', 'ben', 'zijn', 'was', 'waren', 'wordt', 'word', 'worden', 'werd', 'werden', 'heeft', 'heb', 'hebben', 'had', 'hadden'],
  ...['zal', 'zullen', 'kan', 'kunnen', 'moet', 'moeten', 'mag', 'mogen', 'wil', 'willen', 'blijft', 'blijf', 'blijven', 'ligt', 'staat'],
  ...['vindt', 'vind', 'ziet', 'zie', 'acht', 'weet', 'denkt', 'denk', 'hoopt', 'hoop', 'meent', 'meen', 'verwacht', 'lijkt', 'blijkt'],
  ...['geldt', 'bestaat', 'beschikt', 'krijgt', 'krijg', 'deelt', 'deel', 'erkent', 'erken', 'begrijpt', 'begrijp', 'betreurt', 'betreur'],
  ...['onderschrijft', 'onderschrijf', 'steunt', 'steun', 'neemt', 'gaat', 'ga', 'komt', 'kom', 'houdt', 'houd', 'doet', 'doe'],
  // pointing elsewhere and monitoring: "verwijs ik naar de briefing die op 19 november plaatsvindt", "volg ik de komende tijd …"
  ...['verwijs', 'verwijst', 'wijs', 'wijst', 'volg', 'monitor', 'monitort', 'bewaak', 'bewaakt'],
  // telling and answering now, in this very document: "Overigens meld ik u …", "Tevens beantwoord ik de vraag …"
  ...['meld', 'meldt', 'beantwoord', 'beantwoordt', 'bericht', 'voldoe', 'voldoet'],
]);
/** Strong past forms that end like a present one ("Op 12 maart sprak ik met …"). */
const STRONG_PAST = new Set([
  ...['sprak', 'nam', 'gaf', 'zag', 'kwam', 'liet', 'hield', 'ging', 'stond', 'schreef', 'bracht', 'dacht', 'vond', 'kreeg'],
  ...['bood', 'koos', 'sloot', 'besloot', 'wees', 'riep', 'trok', 'las', 'ontving', 'ving', 'hing', 'begon', 'won', 'bleef'],
  ...['bleek', 'keek', 'greep', 'vroeg', 'droeg', 'sloeg', 'lag', 'zat', 'vergat', 'zocht', 'kocht', 'wist', 'zei', 'verscheen'],
  ...['ontstond', 'verzond', 'zond', 'onderschreef', 'beschreef', 'verliet', 'verbood', 'vertrok', 'ontbrak', 'verzocht'],
]);
const PAST_MARKERS = new Set(['jl', 'jongstleden', 'afgelopen', 'vorig', 'vorige', 'destijds', 'eerder', 'reeds', 'inmiddels']);

/**
 * "De komende tien jaar vervangt Defensie de helikoptervloot", "In het najaar presenteert het kabinet de nota": a
 * finite verb in second place, right before its inverted government subject, after a fronted phrase — any verb, not
 * only those of the lexicon. Like every present tense it promises only with a time phrase to come (needsDue); verbs of
 * being, having, opinion and the past are left out, and so are the lexicon's own present forms (presentCue judges those).
 */
export function frontedPresentCue(t: Token[], i: number): Cue | null {
  const w = t[i].low;
  if (i === 0 || !t[i].isWord || t[i].cap || w.length < 3 || NOT_A_VERB.has(w) || SUBORDINATORS.has(w) || NON_ACTION_FINITES.has(w) || STRONG_PAST.has(w))
    return null;
  // "Daarna geef ik aan wat …", "Eerst ga ik in op …": the order of this very letter
  if (IN_DOCUMENT.has(at(t, 0)) || DOCUMENT_ORDER.has(at(t, 0))) return null;
  if (PRESENT_ACTIONS.has(w) || /(?:de|te|den|ten)$/.test(w)) return null;
  const end = governmentActorEnd(t, i + 1);
  // "Het kerndepartement EZK heeft …": after a determiner, or before a finite verb of its own, the word is a noun and
  // the actor its apposition.
  if (end < 0 || DETERMINERS.has(at(t, i - 1)) || NON_ACTION_FINITES.has(at(t, end)) || at(t, end) === ',') return null;
  const pronoun = at(t, i + 1) === 'ik';
  // Present tense: the stem with "ik", the stem + t otherwise ("vervangt Defensie"). The plural ("sturen wij") is left to
  // the lexicon's forms (presentCue): after "wij" a form in -en is as often a strong past ("ontvingen wij").
  if (!pronoun && !w.endsWith('t')) return null;
  const clause = clauseOf(t, i);
  if (clause.subordinate || clause.start >= i || !t[i - 1].isWord) return null;
  // A main clause has one finite verb in second place: after "is", "heeft" or "zal" the word before the actor is none
  // ("Op 9 februari is vanuit mijn ministerie een uitnodiging … gestuurd").
  if (has(t, NON_ACTION_FINITES, clause.start, i) >= 0) return null;
  if (has(t, PAST_MARKERS, clause.start, t.length) >= 0 || isNegated(t, clause.start, t.length) || isGuarded(t, 0, t.length) || isNowOrRoutine(t, clause.start))
    return null;
  const subject = { start: i + 1, end, inverted: true };
  const relative = pastRelativeClause(t, end);
  return {
    kind: 'present',
    anchor: i,
    subject,
    hits: [{ index: i, soft: false }],
    actionStart: end,
    soft: false,
    needsDue: true,
    dueFrom: clause.start,
    ...(relative >= 0 ? { dueTo: relative } : {}),
    subordinate: false,
  };
}

/** "De intentie is om bij drie verkiezingen te experimenteren", "Het is mijn intentie om …": an intention named as a
 *  noun, like "Het is mijn voornemen om …" (active-cues.ts ownIntention). */
export function intentionNounCue(t: Token[], i: number): Cue | null {
  const is = at(t, i + 1) === 'is' || at(t, i - 2) === 'is' || at(t, i - 3) === 'is';
  if (!is || !['de', 'mijn', 'onze'].includes(at(t, i - 1))) return null;
  const om = has(t, ['om'], i + 1, i + 4);
  if (om < 0) return null;
  const clause = clauseOf(t, i);
  if (clause.subordinate || isNegated(t, clause.start, om)) return null;
  const subject = { start: i - 1, end: i + 1, inverted: false };
  return activeCue('willing', t, i, clause, subject, { from: om + 1, fallback: true });
}
