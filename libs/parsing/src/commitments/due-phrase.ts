import type { DueSpec, DueUnit } from '../contract/due-spec.js';
import { specOf, prepositionMeaning } from './due-spec-of.js';
import { dateAt, isDay, lw, timeHead, type Time } from './due-time.js';
import { collapseSpace, isDigit, tokenize, type Token } from './text-tokens.js';

// The one due-date grammar. Finds the due-date phrase of a promise as written ("voor de zomer", "in het eerste kwartaal
// van 2023", "begin volgend jaar", "binnen drie weken", "zo spoedig mogelijk", "(juli 2022)" → "juli 2022") and reads
// what it says as a structured specification (contract/due-spec.ts); libs/domain only applies the calendar to that.
// When a sentence has several phrases, the most precise wins (a dated day over a month, a month over a season,
// a season over "de komende weken", those over "zo spoedig mogelijk", that over "in de volgende voortgangsbrief").
// Dates marked as past ("9 februari jl.") and the words naming where an earlier promise was made are skipped.

export interface DuePhrase {
  /** The phrase as written, lower-cased at its start. */
  text: string;
  due: DueSpec;
}

interface Hit {
  start: number;
  end: number; // inclusive token index
  rank: number;
  inner?: boolean; // a parenthesised date: the text without the brackets
  due: DueSpec;
}

const PREPOSITIONS = new Set([
  'voor',
  'vóór',
  'uiterlijk',
  'per',
  'in',
  'na',
  'rond',
  'omstreeks',
  'tegen',
  'begin',
  'eind',
  'einde',
  'medio',
  'half',
  'halverwege',
  'rondom',
  'tijdens',
  'gedurende',
  'ultimo',
  'midden',
]);
const COUNTS: Record<string, number> = {
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  // Spans of programmes run past a dozen ("De komende vijftien jaar vervangt de Koninklijke Marine …", corpus 260).
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
  dertig: 30,
};
const UNITS: Record<string, DueUnit> = {
  dag: 'day',
  dagen: 'day',
  week: 'week',
  weken: 'week',
  maand: 'month',
  maanden: 'month',
  kwartaal: 'quarter',
  kwartalen: 'quarter',
  jaar: 'year',
  jaren: 'year',
};
const DOCUMENTS = new Set([
  'voortgangsrapportage',
  'voortgangsbrief',
  'verzamelbrief',
  'voorjaarsnota',
  'miljoenennota',
  'jaarverslag',
  'jaarrapportage',
  'monitor',
  'rapportage',
  'brief',
  'kamerbrief',
  'begroting',
  'agenda',
  'stand-van-zakenbrief',
]);
const NEXT = new Set(['eerstvolgende', 'volgende', 'komende', 'nieuwe', 'jaarlijkse']);
/** Meetings that date a promise only after "eerstvolgende"/"volgende": "in de eerstvolgende Raad". */
const NEXT_EVENTS = new Set(['raad', 'vergadering', 'bijeenkomst', 'ministerraad', 'top', 'overleg', 'commissiedebat', 'debat']);

/** What a document of the budget year is dated by: the budget on Prinsjesdag, the annual report on Verantwoordingsdag. */
function documentDue(noun: string): DueSpec {
  if (noun === 'begroting' || noun === 'miljoenennota') return { kind: 'parliamentary-event', relation: 'by', event: 'prinsjesdag', year: null };
  if (noun === 'voorjaarsnota') return { kind: 'parliamentary-event', relation: 'by', event: 'voorjaarsnota', year: null };
  if (noun === 'jaarverslag') return { kind: 'parliamentary-event', relation: 'by', event: 'verantwoordingsdag', year: null };
  return { kind: 'parliamentary-event', relation: 'by', event: DOCUMENTS.has(noun) ? 'next-document' : 'next-meeting', year: null };
}

/** After "uiterlijk" or "voor": an optional "op" before a date ("uiterlijk op vrijdag 3 maart"). */
function afterOp(t: Token[], k: number): number {
  return lw(t, k) === 'op' && dateAt(t, k + 1) !== null ? k + 1 : k;
}

function prepositional(t: Token[], i: number): Hit | null {
  const w = lw(t, i);
  let k = i + 1;
  let meaning = prepositionMeaning(w);
  if (w === 'niet' && lw(t, i + 1) === 'later' && lw(t, i + 2) === 'dan') [k, meaning] = [i + 3, { relation: 'by' }];
  else if (w === 'aan' && lw(t, i + 1) === 'het' && ['eind', 'einde', 'begin'].includes(lw(t, i + 2)) && lw(t, i + 3) === 'van') {
    [k, meaning] = [i + 4, { relation: 'in', part: lw(t, i + 2) === 'begin' ? 'begin' : 'end' }];
  } else if (w === 'op' && ((isDay(t, i + 1) && dateAt(t, i + 1)) || lw(t, i + 1) === 'prinsjesdag' || lw(t, i + 1) === 'verantwoordingsdag')) k = i + 1;
  // "eind van het jaar" without an article before "eind" (corpus 102), as "eind 2016" reads "eind" as the preposition
  else if ((w === 'eind' || w === 'einde' || w === 'begin') && lw(t, i + 1) === 'van' && meaning) k = i + 2;
  else if (w === 'vanaf') return startOf(t, i);
  else if (!PREPOSITIONS.has(w) || !meaning) return null;
  const head = timeHead(t, afterOp(t, k));
  if (!head || !meaning) return null;
  const time: Time = meaning.part ? { t: 'part', part: meaning.part, inner: head[2] } : head[2];
  return { start: i, end: head[0], rank: head[1], due: specOf(meaning.relation, time) };
}

function count(t: Token[], i: number): number | null {
  const w = lw(t, i);
  if (COUNTS[w]) return COUNTS[w];
  return w.length > 0 && w.length <= 3 && [...w].every(isDigit) && Number(w) > 0 ? Number(w) : null;
}

function relative(t: Token[], i: number): Hit | null {
  const w = lw(t, i);
  const next = lw(t, i + 1);
  // "nog dit jaar", "later dit jaar", "dit najaar", "komende maand", "deze week"
  if (['dit', 'deze', 'komend', 'komende', 'volgend', 'volgende', 'aankomend', 'aankomende', 'eerstvolgende'].includes(w)) {
    const head = timeHead(t, i);
    if (head && head[0] === i + 1) {
      const start = lw(t, i - 1) === 'nog' || lw(t, i - 1) === 'later' ? i - 1 : i;
      return { start, end: i + 1, rank: head[1], due: specOf('in', head[2]) };
    }
  }
  if (w === 'de' && (next === 'komende' || next === 'eerstkomende') && UNITS[lw(t, i + 3)] && count(t, i + 2) !== null) {
    return { start: i, end: i + 3, rank: 3, due: { kind: 'relative', amount: count(t, i + 2)!, unit: UNITS[lw(t, i + 3)] } };
  }
  if (w === 'de' && (next === 'komende' || next === 'eerstkomende') && ['weken', 'maanden', 'periode', 'tijd', 'dagen', 'jaren'].includes(lw(t, i + 2)))
    return { start: i, end: i + 2, rank: 4, due: { kind: 'asap' } };
  if (w !== 'binnen' && w !== 'over') return null;
  if (next === 'enkele' && UNITS[lw(t, i + 2)]) return { start: i, end: i + 2, rank: 4, due: { kind: 'asap' } };
  if (count(t, i + 1) !== null && UNITS[lw(t, i + 2)])
    return { start: i, end: i + 2, rank: 3, due: { kind: 'relative', amount: count(t, i + 1)!, unit: UNITS[lw(t, i + 2)] } };
  if (next === 'een' && lw(t, i + 2) === 'half' && lw(t, i + 3) === 'jaar')
    return { start: i, end: i + 3, rank: 3, due: { kind: 'relative', amount: 6, unit: 'month' } };
  if (w === 'binnen' && next === 'afzienbare' && lw(t, i + 2) === 'tijd') return { start: i, end: i + 2, rank: 5, due: { kind: 'asap' } };
  return null;
}

/** "Vanaf 2016 stel ik … beschikbaar", "vanaf 1 juli": a measure promised from a moment is due when that moment comes,
 *  its first day (a year from 1 January, a month from its 1st). */
function startOf(t: Token[], i: number): Hit | null {
  const head = timeHead(t, i + 1);
  if (!head) return null;
  const [end, rank, time] = head;
  if (time.t === 'date') return { start: i, end, rank, due: { kind: 'date', relation: 'by', day: time.day, month: time.month, year: time.year } };
  if (time.t === 'month') return { start: i, end, rank, due: { kind: 'date', relation: 'by', day: 1, month: time.month, year: time.year } };
  if (time.t === 'year') return { start: i, end, rank, due: { kind: 'date', relation: 'by', day: 1, month: 1, year: time.year } };
  return null;
}

/** Frequencies of a recurring promise ("Ik zal uw Kamer halfjaarlijks informeren", "twee keer per jaar"): the first
 *  instalment is due one period after the promise. Ranked below every named time, so "ieder jaar voor de zomer" is
 *  dated by the summer; "periodiek" names no period and stays without a date. */
const FREQUENCIES: Record<string, { amount: number; unit: DueUnit }> = {
  wekelijks: { amount: 1, unit: 'week' },
  maandelijks: { amount: 1, unit: 'month' },
  driemaandelijks: { amount: 3, unit: 'month' },
  kwartaallijks: { amount: 3, unit: 'month' },
  halfjaarlijks: { amount: 6, unit: 'month' },
  jaarlijks: { amount: 1, unit: 'year' },
};

function frequency(t: Token[], i: number): Hit | null {
  const w = lw(t, i);
  const every = FREQUENCIES[w.endsWith('e') ? w.slice(0, -1) : w];
  if (every) return { start: i, end: i, rank: 5, due: { kind: 'relative', ...every } };
  // "twee keer per jaar", "drie keer per jaar"
  const times = count(t, i);
  if (times !== null && lw(t, i + 1) === 'keer' && lw(t, i + 2) === 'per' && lw(t, i + 3) === 'jaar' && 12 % times === 0)
    return { start: i, end: i + 3, rank: 5, due: { kind: 'relative', amount: 12 / times, unit: 'month' } };
  // "ieder jaar", "elk jaar", "elk kwartaal" (not "per jaar": "10 miljoen per jaar" is an amount)
  if ((w === 'ieder' || w === 'elk') && (lw(t, i + 1) === 'jaar' || lw(t, i + 1) === 'kwartaal'))
    return {
      start: i,
      end: i + 1,
      rank: 5,
      due: lw(t, i + 1) === 'jaar' ? { kind: 'relative', amount: 1, unit: 'year' } : { kind: 'relative', amount: 3, unit: 'month' },
    };
  return null;
}

function vague(t: Token[], i: number): Hit | null {
  const w = lw(t, i);
  const a = lw(t, i + 1);
  const b = lw(t, i + 2);
  const asap = (end: number): Hit => ({ start: i, end, rank: 5, due: { kind: 'asap' } });
  if (w === 'zo' && (a === 'spoedig' || a === 'snel') && b === 'mogelijk') return asap(i + 2);
  if (w === 'zo' && (a === 'spoedig' || a === 'snel') && b === 'als' && lw(t, i + 3) === 'mogelijk') return asap(i + 3);
  if (w === 'op' && (a === 'korte' || a === 'afzienbare') && b === 'termijn') return asap(i + 2);
  if (w === 'op' && a === 'zo' && b === 'kort' && lw(t, i + 3) === 'mogelijke' && lw(t, i + 4) === 'termijn') return asap(i + 4);
  if (w === 'binnenkort' || w === 'zsm') return asap(i);
  // "zullen u spoedig nagezonden worden" (corpus 49): "spoedig" alone states no date either
  if (w === 'spoedig' && lw(t, i - 1) !== 'zo' && lw(t, i + 1) !== 'mogelijk') return asap(i);
  if (w === 'z' && a === '.' && b === 's' && lw(t, i + 3) === '.' && lw(t, i + 4) === 'm') return asap(lw(t, i + 5) === '.' ? i + 5 : i + 4);
  return null;
}

/** The relation a bracketed or bare date takes from a preposition shortly before it: "ruim vóór … (1 december 2023)". */
function relationBefore(t: Token[], i: number): 'by' | 'before' | 'around' {
  for (let k = i - 1; k >= 0 && i - k <= 8; k--) {
    const w = lw(t, k);
    if (w === ',' || w === ';' || w === '.' || w === ')') break;
    if (w === 'voor' || w === 'vóór' || w === 'tegen') return 'before';
    if (w === 'rond' || w === 'omstreeks' || w === 'rondom') return 'around';
    if (w === 'uiterlijk') return 'by';
  }
  return 'by';
}

function parenthesised(t: Token[], i: number): Hit | null {
  if (t[i].raw !== '(') return null;
  const date = dateAt(t, i + 1);
  if (!date || lw(t, date[0] + 1) !== ')') return null;
  const relation = relationBefore(t, i);
  return { start: i + 1, end: date[0], rank: date[1], inner: true, due: specOf(date[2].t === 'date' ? relation : 'in', date[2]) };
}

function documentEvent(t: Token[], i: number): Hit | null {
  const w = lw(t, i);
  if (w !== 'in' && w !== 'bij' && w !== 'met') return null;
  if (lw(t, i + 1) !== 'de' && lw(t, i + 1) !== 'het') return null;
  const hasNext = NEXT.has(lw(t, i + 2));
  const noun = lw(t, hasNext ? i + 3 : i + 2);
  if (!DOCUMENTS.has(noun) && !(hasNext && NEXT_EVENTS.has(noun))) return null;
  const self = noun.startsWith('voortgang') || noun.endsWith('nota') || noun === 'verzamelbrief';
  return hasNext || self ? { start: i, end: hasNext ? i + 3 : i + 2, rank: 6, due: documentDue(noun) } : null;
}

/** "de Raad Buitenlandse Zaken van 22 juli": a dated day after "van", "op" or a comma. */
function bareDate(t: Token[], i: number): Hit | null {
  const w = lw(t, i);
  if (w !== 'van' && w !== 'op' && w !== ',') return null;
  const date = isDay(t, i + 1) ? dateAt(t, i + 1) : null;
  return date && date[1] === 1 ? { start: i + 1, end: date[0], rank: 1, inner: true, due: specOf('by', date[2]) } : null;
}

/**
 * The due-date phrase among tokens [from, to), skipping tokens for which `skip` is true, with its specification; null
 * when there is none. A date without a preposition ("van 22 juli") counts only after `datesFrom`, the promise itself:
 * before it such a date is mostly when something already happened.
 */
export function findDue(text: string, t: Token[], from: number, to: number, skip: (i: number) => boolean, datesFrom = to): DuePhrase | null {
  let best: Hit | null = null;
  for (let i = from; i < to; i++) {
    if (skip(i)) continue;
    const hit =
      parenthesised(t, i) ??
      prepositional(t, i) ??
      vague(t, i) ??
      relative(t, i) ??
      documentEvent(t, i) ??
      (i > datesFrom ? bareDate(t, i) : null) ??
      frequency(t, i);
    if (!hit || hit.end >= to || skip(hit.end)) continue;
    if (!best || hit.rank < best.rank) best = hit;
    i = Math.max(i, hit.inner ? hit.end + 1 : hit.end);
  }
  if (!best) return null;
  const phrase = collapseSpace(text.slice(t[best.start].start, t[best.end].end));
  // "Voor de zomer zal ik …" → "voor de zomer": a time phrase never starts with a name
  return { text: phrase[0].toLowerCase() + phrase.slice(1), due: best.due };
}

/** findDue's phrase text only. */
export function findDuePhrase(text: string, t: Token[], from: number, to: number, skip: (i: number) => boolean, datesFrom = to): string | null {
  return findDue(text, t, from, to, skip, datesFrom)?.text ?? null;
}

/**
 * Reads a due phrase written by a person (a clerk's correction of `dueText`), or the phrase the parser emitted: a bare
 * time ("juli 2022", "(1 december 2023)", "Q1 2023", "het laatste kwartaal van dit jaar") or any phrase the grammar
 * finds in it. Gives `none` for empty text and `unrecognised` for text without a due phrase.
 */
export function readDuePhrase(text: string | null | undefined): DueSpec {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return { kind: 'none' };
  const t = tokenize(trimmed);
  const first = t[0]?.raw === '(' ? 1 : 0;
  const bare = timeHead(t, first);
  const last = bare && t[bare[0] + 1]?.raw === ')' ? bare[0] + 1 : bare?.[0];
  if (bare && last === t.length - 1) return specOf(bare[2].t === 'date' ? 'by' : 'in', bare[2]);
  const found = findDue(trimmed, t, 0, t.length, () => false, -1);
  return found ? found.due : { kind: 'unrecognised', text: trimmed.slice(0, 200) };
}
