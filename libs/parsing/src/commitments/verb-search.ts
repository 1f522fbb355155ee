import {
  COMPANIONS,
  COMPLEMENTIZERS,
  CONDITION_MARKERS,
  CONTINUATION,
  DETERMINERS,
  FIRM_VERBS,
  GENERIC_VERBS,
  HYPOTHESIS_WORDS,
  NEED_WORDS,
  NEGATIONS,
  NON_ACTION_VERBS,
  PARTICLES,
  REFLEXIVES,
  SOFT_COMPANIONS,
  SOFT_VERBS,
} from './commitment-lexicon.js';
import type { Token } from './text-tokens.js';

// Finding the promised verbs after a cue, and setting aside the ones that promise nothing:
// guarded by a condition of need ("wanneer nodig … opbrengen"), a continuation of current practice
// ("blijven volgen"), or negated ("zal hier geen onderzoek naar doen").

export interface VerbHit {
  index: number;
  soft: boolean;
}

export const SEARCH_WINDOW = 60;
/** Nouns that look like infinitives ("de vragen", "schriftelijke vragen", "deze berichten"). */
const NOUN_LIKE = new Set(['vragen', 'berichten', 'voorstellen', 'delen', 'gesprekken', 'verzoeken', 'onderzoeken']);
const SPEECH_VERBS = new Set([
  'opmerken',
  'benadrukken',
  'onderstrepen',
  'vooropstellen',
  'herhalen',
  'verwijzen',
  'wijzen',
  'aangeven',
  'toevoegen',
  'vermelden',
  'constateren',
]);
const NEGATION_EXCEPTIONS = new Set(['alleen', 'later', 'eerder', 'enkel']);
const PRO_FORMS = new Set(['dit', 'dat']);

function companionBefore(t: Token[], j: number, from: number): string | null {
  for (let k = j - 1; k >= Math.max(from, j - 5); k--) if (COMPANIONS.has(t[k].low)) return t[k].low;
  return null;
}

// Articles and possessives never stand right before an infinitive; pronouns like "het", "dit", "haar" do ("zal het bekijken").
const STRICT_DETERMINERS = new Set(['de', 'een', 'uw', 'mijn', 'onze', 'alle', 'elke', 'ieder', 'welke']);

function looksLikeNoun(t: Token[], j: number): boolean {
  if (j === 0) return false;
  const prev = t[j - 1].low;
  if (STRICT_DETERMINERS.has(prev)) return true;
  if (!NOUN_LIKE.has(t[j].low)) return false;
  return DETERMINERS.has(prev) || (prev.endsWith('e') && prev !== 'te');
}

/** "aan te passen" → "aanpassen"; any other word as it is. */
export function joinedParticle(t: Token[], j: number): string {
  if (j >= 2 && t[j - 1].low === 'te' && PARTICLES.has(t[j - 2].low)) {
    const joined = t[j - 2].low + t[j].low;
    if (FIRM_VERBS.has(joined) || SOFT_VERBS.has(joined)) return joined;
  }
  return t[j].low;
}

/** A promised verb at j (an infinitive of the lexicon, or a generic verb next to its companion), or null. */
export function actionVerbAt(t: Token[], j: number, from: number): VerbHit | null {
  const tok = t[j];
  if (!tok.isWord || tok.cap || looksLikeNoun(t, j)) return null;
  const w = joinedParticle(t, j);
  if (w === 'inzetten') {
    for (let k = j - 1; k >= Math.max(from, j - 6); k--) if (REFLEXIVES.has(t[k].low)) return { index: j, soft: true };
    return null;
  }
  // "laten zien" shows, it does no act ("willen we laten zien hoe belangrijk het is …"); "laten weten" informs.
  if (w === 'laten' && j + 1 < t.length && t[j + 1].low === 'zien') return null;
  if (SOFT_VERBS.has(w)) return { index: j, soft: true };
  if (FIRM_VERBS.has(w)) return { index: j, soft: false };
  if (!GENERIC_VERBS.has(w)) return null;
  // "Ik zal dit … voor het zomerreces doen": "doen" with a pronoun stands for the act named before
  if (w === 'doen') {
    for (let k = j - 1; k >= Math.max(from, j - 12); k--) if (PRO_FORMS.has(t[k].low)) return { index: j, soft: false };
  }
  // "zal in het najaar met een reactie op het advies van de Raad komen"
  if (w === 'komen') {
    for (let k = j - 1; k >= Math.max(from, j - 10); k--) if (t[k].low === 'met') return { index: j, soft: false };
  }
  const companion = companionBefore(t, j, from);
  return companion ? { index: j, soft: SOFT_COMPANIONS.has(companion) } : null;
}

/** The first promised verb after `from` and the verbs coordinated with it. */
export function findVerbs(t: Token[], from: number, stopAtSpeech = false): VerbHit[] {
  const hits: VerbHit[] = [];
  const to = Math.min(t.length, from + SEARCH_WINDOW);
  for (let j = from; j < to; j++) {
    const w = t[j].low;
    if (hits.length > 0 && (COMPLEMENTIZERS.has(w) || w === ';')) break;
    if (hits.length === 0 && stopAtSpeech && SPEECH_VERBS.has(w)) break;
    const hit = actionVerbAt(t, j, from);
    if (hit) hits.push(hit);
  }
  return hits;
}

/** After a determiner, a pronoun used as one, an adjective or a number a word ending in -en is a plural noun. */
function followsNounMarker(t: Token[], j: number): boolean {
  if (j === 0) return false;
  const prev = t[j - 1];
  if (!prev.isWord) return false;
  if (DETERMINERS.has(prev.low) || (prev.low[0] >= '0' && prev.low[0] <= '9')) return true;
  return prev.low.endsWith('e') && prev.low !== 'te' && prev.low.length > 2;
}

/** A verb outside the lexicon: the last infinitive-like word of the clause ("zal de regeling openstellen"). */
export function fallbackVerb(t: Token[], from: number): VerbHit | null {
  const to = Math.min(t.length, from + SEARCH_WINDOW);
  let found: VerbHit | null = null;
  for (let j = from; j < to; j++) {
    const tok = t[j];
    if (j > from && (COMPLEMENTIZERS.has(tok.low) || tok.raw === ';' || tok.raw === ',' || tok.raw === ':')) break;
    if (!tok.isWord || tok.cap || tok.low.length < 4 || looksLikeNoun(t, j) || followsNounMarker(t, j)) continue;
    const w = tok.low;
    const infinitiveLike = w.endsWith('en') || w.endsWith('doen') || w.endsWith('gaan') || w.endsWith('zien') || w.endsWith('staan') || w.endsWith('slaan');
    if (infinitiveLike && !NON_ACTION_VERBS.has(w) && w !== 'inzetten') found = { index: j, soft: false };
  }
  return found;
}

function nextComma(t: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (t[k].raw === ',') return k;
  return to;
}

/** A condition of need between from and to: "indien", "mocht", "zo nodig", "waar nodig", "als/wanneer … nodig", and an
 *  "als/wanneer"-clause that supposes something that may never happen ("als er signalen zijn van …"). */
export function isGuarded(t: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = t[k].low;
    // "indien mogelijk" hedges the moment, it sets no condition of need: "Ik zal uw Kamer, indien mogelijk voor de zomer, informeren"
    if (CONDITION_MARKERS.has(w) && !(w === 'indien' && k + 1 < t.length && t[k + 1].low === 'mogelijk')) return true;
    if ((w === 'zo' || w === 'waar') && k + 1 < to && t[k + 1].low === 'nodig') return true;
    if (w === 'als' || w === 'wanneer') {
      const end = nextComma(t, k + 1, to);
      for (let m = k + 1; m < end; m++) if (NEED_WORDS.has(t[m].low) || HYPOTHESIS_WORDS.has(t[m].low)) return true;
    }
  }
  return false;
}

function isContinuation(t: Token[], hit: VerbHit, from: number): boolean {
  const w = t[hit.index].low;
  if (w === 'informeren' || w === 'rapporteren' || w === 'berichten') return false;
  for (let k = hit.index - 1; k >= Math.max(from, hit.index - 3); k--) if (CONTINUATION.has(t[k].low)) return true;
  return false;
}

export function isNegated(t: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (NEGATIONS.has(t[k].low) && !(k + 1 < t.length && NEGATION_EXCEPTIONS.has(t[k + 1].low))) return true;
  }
  return false;
}

/** The verbs that still promise something; [] when the first is negated or needs "moeten". */
export function promisedVerbs(t: Token[], hits: VerbHit[], anchor: number, negationFrom: number): VerbHit[] {
  if (hits.length === 0 || isNegated(t, negationFrom, hits[0].index)) return [];
  for (let k = anchor + 1; k < hits[0].index; k++) if (t[k].low === 'moeten' || t[k].low === 'moet') return [];
  const kept: VerbHit[] = [];
  let segmentStart = 0;
  for (const hit of hits) {
    if (!isGuarded(t, segmentStart, hit.index) && !isContinuation(t, hit, anchor + 1)) kept.push(hit);
    segmentStart = hit.index + 1;
  }
  return kept;
}
