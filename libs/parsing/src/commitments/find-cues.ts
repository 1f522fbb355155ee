import {
  aimCue,
  chooseCue,
  expectCue,
  futureActiveCue,
  goingCue,
  intentCue,
  keepInformingCue,
  modalCue,
  promiseCue,
  returnCue,
  striveCue,
  willingCue,
} from './active-cues.js';
import { PLURAL_PRESENT, PRESENT_ACTIONS } from './commitment-lexicon.js';
import {
  documentPassiveCue,
  followsCue,
  frontedPresentCue,
  intentionNounCue,
  isWePlural,
  kamerAwaitsCue,
  kamerPresentCue,
  passiveFutureCue,
  presentCue,
  promiseContentCue,
  referenceCue,
  toldCue,
  startsCue,
  thereComesCue,
} from './other-cues.js';
import { ACTOR_WORDS, governmentActorEnd } from './government-actor.js';
import type { Cue } from './promise-cue.js';
import type { Token } from './text-tokens.js';

type Detector = (t: Token[], i: number) => Cue | null;

// At most this many cue words are examined per sentence: with a bounded window per cue, a sentence is
// analysed in linear time whatever its length.
const MAX_CUE_WORDS = 12;

const first =
  (...detectors: Detector[]): Detector =>
  (t, i) => {
    for (const detect of detectors) {
      const cue = detect(t, i);
      if (cue) return cue;
    }
    return null;
  };

const DETECTORS = new Map<string, Detector>([
  ['zal', first(futureActiveCue, passiveFutureCue)],
  ['zullen', first(futureActiveCue, passiveFutureCue)],
  ['ga', first(goingCue, presentCue)],
  ['gaan', goingCue],
  ['gaat', first(goingCue, presentCue)],
  ['wil', intentCue],
  ['willen', intentCue],
  ['bereid', willingCue],
  ['gereed', willingCue],
  ['klaar', willingCue],
  ['voornemens', willingCue],
  ['voornemen', willingCue],
  ['plan', willingCue],
  ['start', startsCue],
  ['begint', startsCue],
  ['volgt', followsCue],
  ['volgen', followsCue],
  ['genoodzaakt', willingCue],
  ['kies', chooseCue],
  ['kiest', chooseCue],
  ['kiezen', chooseCue],
  ['blijf', keepInformingCue],
  ['blijft', keepInformingCue],
  ['blijven', keepInformingCue],
  ['intentie', intentionNounCue],
  ['beoog', aimCue],
  ['beoogt', aimCue],
  ['beogen', aimCue],
  ['streef', striveCue],
  ['streeft', striveCue],
  ['streven', striveCue],
  ['zeg', promiseCue],
  ['zegt', promiseCue],
  ['zeggen', promiseCue],
  ['toezeggen', promiseCue],
  ['kom', first(returnCue, presentCue)],
  ['komt', first(returnCue, presentCue, thereComesCue)],
  ['komen', returnCue],
  ['toegezegd', referenceCue],
  ['toezegging', promiseContentCue],
  ['weten', toldCue],
  ['aangegeven', toldCue],
  ['gemeld', toldCue],
  ['meegedeeld', toldCue],
  ['medegedeeld', toldCue],
  ['gedaan', referenceCue],
  ['verwacht', expectCue],
  ['kan', modalCue],
  ['kunnen', modalCue],
  ['wordt', first(kamerPresentCue, documentPassiveCue)],
  ['worden', first(kamerPresentCue, documentPassiveCue)],
  ['ontvangt', kamerPresentCue],
  ['tegemoet', kamerAwaitsCue],
  ['verwachten', kamerAwaitsCue],
]);

/** Every word that starts a cue: all lower-case ASCII (the spec checks), which mayHoldCue relies on. */
export const CUE_WORDS: readonly string[] = [...DETECTORS.keys(), ...PRESENT_ACTIONS.keys(), ...PLURAL_PRESENT.keys(), ...ACTOR_WORDS];
const LONGEST_CUE_WORD = Math.max(...CUE_WORDS.map((w) => w.length));
const CUE_WORD_SET = new Set(CUE_WORDS);
const isCueWord = (w: string): boolean => CUE_WORD_SET.has(w);

/**
 * False when no token of the sentence can be a cue word, so findCues would find nothing: true of most sentences of an
 * answer, and one scan of the text costs far less than tokenizing it. Every cue word is ASCII, so a token whose `low`
 * is one is, in the lower-cased text, a whole run of ASCII letters and digits: the word and at most two footnote digits.
 */
export function mayHoldCue(sentence: string): boolean {
  const text = sentence.toLowerCase();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if ((code >= 97 && code <= 122) || isDigitCode(code)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && isCueRun(text, start, i)) return true;
    start = -1;
  }
  return false;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isCueRun(text: string, start: number, end: number): boolean {
  let wordEnd = end;
  while (wordEnd > start && isDigitCode(text.charCodeAt(wordEnd - 1))) wordEnd--;
  const length = wordEnd - start;
  if (end - wordEnd > 2 || length === 0 || length > LONGEST_CUE_WORD) return false;
  return isCueWord(text.slice(start, wordEnd));
}

/** The promises of one sentence, main-clause promises first, then in sentence order. */
export function findCues(t: Token[]): Cue[] {
  const cues: Cue[] = [];
  let examined = 0;
  for (let i = 0; i < t.length && examined < MAX_CUE_WORDS; i++) {
    const w = t[i].low;
    // A plural present ("nemen we … mee") is a cue only next to "we/wij"; as an infinitive it is no cue word.
    // Any other word right before a government actor may be a fronted finite verb ("De komende jaren vervangt Defensie …").
    const detect =
      DETECTORS.get(w) ??
      (PRESENT_ACTIONS.has(w) || isWePlural(t, i) ? presentCue : undefined) ??
      (i > 0 && governmentActorEnd(t, i + 1) > 0 ? frontedPresentCue : undefined);
    if (!detect) continue;
    examined++;
    const cue = detect(t, i);
    if (cue) cues.push(cue);
  }
  // A cue that needs a time phrase (present tense) yields to an explicit promise in the same sentence:
  // "Het kabinet verkent … de mogelijkheden en zal de Tweede Kamer begin volgend jaar informeren".
  return cues.sort((a, b) => Number(a.subordinate) - Number(b.subordinate) || Number(a.needsDue) - Number(b.needsDue) || a.anchor - b.anchor);
}
