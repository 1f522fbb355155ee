import { FINITE_STOPS, REFERENCE_MARKERS } from './commitment-lexicon.js';
import { collapseSpace, type Token } from './text-tokens.js';

// Where an earlier promise was made, as written: "commissiedebat over kennisveiligheid en internationalisering
// d.d. 9 februari jl." in "Zoals toegezegd tijdens het commissiedebat … jl. zal …". Only sentences that refer
// back to a promise (toegezegd, toezegging, aangekondigd, beloofd) have an origin. Without a named debate,
// letter or meeting, a "zoals eerder … toegezegd" clause is the origin as written; otherwise there is none.

export interface OriginPhrase {
  text: string;
  /** Token indices [start, end] of the phrase. */
  start: number;
  end: number;
}

const PLACE_PREPOSITIONS = new Set(['in', 'tijdens', 'bij', 'gedurende', 'via', 'op']);
const ARTICLES = new Set(['het', 'de', 'een', 'mijn', 'onze']);
const MEETINGS = new Set([
  'vragenuur',
  'begrotingsbehandeling',
  'behandeling',
  'brief',
  'kamerbrief',
  'verslag',
  'beantwoording',
  'nota',
  'interpellatie',
  'rondetafelgesprek',
  'ao',
  'wgo',
  'so',
  'hoofdlijnenbrief',
  'antwoorden',
  'voortgangsbrief',
  'beleidsbrief',
  'verzamelbrief',
  'kabinetsreactie',
  'toezegging',
]);
const MAX_PHRASE = 25;
// How far before its marker the named meeting may start ("In het Commissiedebat …, … van 22 maart jl. heeft … toegezegd").
const MAX_DISTANCE = 40;

function isMeeting(low: string): boolean {
  return low.endsWith('debat') || low.endsWith('overleg') || low.endsWith('debatten') || MEETINGS.has(low);
}

/** The first token of a named meeting after a place preposition ("tijdens het commissiedebat"), or -1. */
function meetingStart(t: Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (!PLACE_PREPOSITIONS.has(t[i].low)) continue;
    let k = i + 1;
    if (k < to && ARTICLES.has(t[k].low)) k++;
    // one adjective may stand before the noun: "het mondelinge vragenuur", "het daaropvolgende tweeminutendebat"
    if (k < to && isMeeting(t[k].low) && t[k].low !== 'toezegging') return k;
    if (k + 1 < to && isMeeting(t[k + 1].low) && t[k + 1].low !== 'toezegging') return k;
  }
  return -1;
}

function phraseEnd(t: Token[], start: number): number {
  let end = start;
  for (let k = start + 1; k < t.length - 1 && k - start < MAX_PHRASE; k++) {
    const w = t[k].low;
    if (FINITE_STOPS.has(w) || REFERENCE_MARKERS.has(w) || w === ';' || w === ':') break;
    if (w === ',' && k + 1 < t.length && (FINITE_STOPS.has(t[k + 1].low) || t[k + 1].low === 'ik')) break;
    end = k;
  }
  while (end > start && t[end].low === ',') end--;
  return end;
}

function zoalsClause(text: string, t: Token[]): OriginPhrase | null {
  for (let i = 0; i < t.length; i++) {
    if (t[i].low !== 'zoals') continue;
    for (let k = i + 1; k < t.length && k - i <= 8; k++) {
      if (t[k].low === ',' || t[k].low === '.') break;
      if (t[k].low === 'toegezegd' || t[k].low === 'aangekondigd' || t[k].low === 'beloofd') {
        return k > i + 1 ? { text: collapseSpace(text.slice(t[i + 1].start, t[k].end)), start: i + 1, end: k } : null;
      }
    }
  }
  return null;
}

export function findOrigin(text: string, t: Token[]): OriginPhrase | null {
  let marker = -1;
  for (let i = 0; i < t.length && marker < 0; i++) if (REFERENCE_MARKERS.has(t[i].low)) marker = i;
  if (marker < 0) return null;
  const start = meetingStart(t, Math.max(0, marker - MAX_DISTANCE), Math.min(t.length, marker + MAX_PHRASE));
  if (start >= 0) {
    const end = phraseEnd(t, start);
    return { text: collapseSpace(text.slice(t[start].start, t[end].end)), start, end };
  }
  return zoalsClause(text, t);
}
