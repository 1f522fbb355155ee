import type { DueEvent, DueRecess, DueSeason, DueUnit, DueYear } from '../contract/due-spec.js';
import { isDigit, type Token } from './text-tokens.js';
import { DUTCH_MONTHS } from '../dates/dutch-names.js';

// The points and periods of time a due phrase names, read from tokens: a date, a month, a year, a season, a recess,
// an event of the budget year, a quarter or half, a part of one of those ("het einde van het jaar"). The preposition
// in front of them ("voor", "uiterlijk", "rond" …) is read by due-phrase.ts; due-spec-of.ts combines the two.

export type Time =
  | { t: 'date'; day: number; month: number; year: DueYear }
  | { t: 'month'; month: number; year: DueYear }
  | { t: 'year'; year: DueYear }
  | { t: 'season'; season: DueSeason; year: DueYear }
  | { t: 'recess'; recess: DueRecess; year: DueYear }
  | { t: 'event'; event: DueEvent; year: DueYear }
  | { t: 'quarter'; quarter: 1 | 2 | 3 | 4; year: DueYear }
  | { t: 'half'; half: 1 | 2; year: DueYear }
  /** "deze week", "komende maand", "dit kwartaal": a span counted from the day the promise was made. */
  | { t: 'span'; amount: number; unit: DueUnit; calendar?: true }
  /** "de komende weken", "deze kabinetsperiode": no date. */
  | { t: 'vague' }
  | { t: 'part'; part: 'begin' | 'middle' | 'end' | 'whole'; inner: Time };

/** A time found at a token: the index of its last token, the precision rank (lower is more precise), the time. */
export type TimeHit = [end: number, rank: number, time: Time];

export const MONTHS: readonly string[] = DUTCH_MONTHS;
const SEASONS: Record<string, DueSeason> = {
  zomer: 'summer',
  zomerperiode: 'summer',
  zomermaanden: 'summer',
  voorjaar: 'spring',
  lente: 'spring',
  najaar: 'autumn',
  herfst: 'autumn',
  winter: 'winter',
};
/** Named moments that need no article: recesses, holidays, the budget year's days. */
const MOMENTS: Record<string, Time> = {
  zomerreces: { t: 'recess', recess: 'zomerreces', year: null },
  zomervakantie: { t: 'recess', recess: 'zomerreces', year: null },
  kerstreces: { t: 'recess', recess: 'kerstreces', year: null },
  kerst: { t: 'recess', recess: 'kerstreces', year: null },
  kerstmis: { t: 'recess', recess: 'kerstreces', year: null },
  kerstvakantie: { t: 'recess', recess: 'kerstreces', year: null },
  herfstreces: { t: 'recess', recess: 'herfstreces', year: null },
  voorjaarsreces: { t: 'recess', recess: 'voorjaarsreces', year: null },
  krokusreces: { t: 'recess', recess: 'voorjaarsreces', year: null },
  meireces: { t: 'recess', recess: 'meireces', year: null },
  reces: { t: 'recess', recess: 'next', year: null },
  jaarwisseling: { t: 'part', part: 'end', inner: { t: 'year', year: null } },
  jaareinde: { t: 'part', part: 'end', inner: { t: 'year', year: null } },
  prinsjesdag: { t: 'event', event: 'prinsjesdag', year: null },
  begrotingsbehandeling: { t: 'event', event: 'prinsjesdag', year: null },
  begrotingsbehandelingen: { t: 'event', event: 'prinsjesdag', year: null },
  // "voor het begrotingsdebat": the budget debate, dated like the budget treatment by its Prinsjesdag (corpus 102)
  begrotingsdebat: { t: 'event', event: 'prinsjesdag', year: null },
  miljoenennota: { t: 'event', event: 'prinsjesdag', year: null },
  voorjaarsnota: { t: 'event', event: 'voorjaarsnota', year: null },
  verantwoordingsdag: { t: 'event', event: 'verantwoordingsdag', year: null },
};
/** "dit jaar" names the current year, "volgend jaar" the next; "dit voorjaar", "komende zomer" the first to come (year null). */
const RELATIVE = new Set(['dit', 'deze', 'komend', 'komende', 'volgend', 'volgende', 'aankomend', 'aankomende', 'eerstvolgende']);
const CALENDAR_UNITS: Record<string, DueUnit> = { week: 'week', maand: 'month', kwartaal: 'quarter' };
const ORDINALS: Record<string, 1 | 2 | 3 | 4> = { eerste: 1, tweede: 2, derde: 3, vierde: 4, laatste: 4 };
const COMING = new Set(['weken', 'maanden', 'periode', 'tijd', 'dagen', 'jaren']);
const WEEKDAYS = new Set(['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']);
const PAST = new Set(['jl', 'jongstleden', 'j.l']);

export const lw = (t: Token[], i: number): string => (i >= 0 && i < t.length ? t[i].low : '');

export function yearAt(t: Token[], i: number): number | null {
  const w = lw(t, i);
  return w.length === 4 && (w.startsWith('19') || w.startsWith('20')) && isDigit(w[2]) && isDigit(w[3]) ? Number(w) : null;
}

export function isDay(t: Token[], i: number): boolean {
  const w = lw(t, i);
  return w.length > 0 && w.length <= 2 && isDigit(w[0]) && isDigit(w[w.length - 1]) && Number(w) >= 1 && Number(w) <= 31;
}

export const monthAt = (t: Token[], i: number): number => MONTHS.indexOf(lw(t, i)) + 1;

/** "[vrijdag] [1] juli [2022]", or a bare year, at i. A date marked as past ("9 februari jl.") is none. */
export function dateAt(t: Token[], i: number): TimeHit | null {
  const start = WEEKDAYS.has(lw(t, i)) && isDay(t, i + 1) ? i + 1 : i;
  const day = isDay(t, start) && monthAt(t, start + 1) > 0;
  const k = day ? start + 1 : start;
  const month = monthAt(t, k);
  if (month === 0) {
    const year = start === i ? yearAt(t, i) : null;
    return year === null ? null : [i, 2, { t: 'year', year }];
  }
  const year = yearAt(t, k + 1);
  const end = year === null ? k : k + 1;
  if (PAST.has(lw(t, end + 1))) return null;
  return day ? [end, 1, { t: 'date', day: Number(lw(t, start)), month, year }] : [end, 2, { t: 'month', month, year }];
}

/** "Q3", "Q1 2023", "Q2 '24". */
function quarterToken(t: Token[], i: number): TimeHit | null {
  const w = lw(t, i);
  if (w.length !== 2 || w[0] !== 'q' || w[1] < '1' || w[1] > '4') return null;
  const quarter = Number(w[1]) as 1 | 2 | 3 | 4;
  const year = yearAt(t, i + 1);
  if (year !== null) return [i + 1, 2, { t: 'quarter', quarter, year }];
  const short = lw(t, i + 2);
  if ((lw(t, i + 1) === "'" || lw(t, i + 1) === '’') && short.length === 2 && isDigit(short[0]) && isDigit(short[1])) {
    return [i + 2, 2, { t: 'quarter', quarter, year: 2000 + Number(short) }];
  }
  return [i, 2, { t: 'quarter', quarter, year: null }];
}

/** "van 2024", "van dit jaar", "van het jaar", "van volgend jaar" after a season or a period: [end, year] or null. */
function ofYear(t: Token[], i: number): [number, DueYear] | null {
  if (lw(t, i) !== 'van') return null;
  const y = yearAt(t, i + 1);
  if (y !== null) return [i + 1, y];
  const head = relativeYear(t, i + 1);
  return head;
}

/** "dit jaar" → 'this', "volgend jaar" / "het nieuwe jaar" → 'next', "het jaar" → null: [end, year] or null. */
function relativeYear(t: Token[], i: number): [number, DueYear] | null {
  const w = lw(t, i);
  const article = w === 'het' ? 1 : 0;
  const word = lw(t, i + article);
  if (lw(t, i + article + 1) === 'jaar') {
    if (word === 'dit') return [i + article + 1, 'this'];
    if (word === 'volgend' || word === 'volgende' || word === 'komend' || word === 'komende' || word === 'nieuwe') return [i + article + 1, 'next'];
  }
  if (article && word === 'jaar') return [i + 1, null];
  return null;
}

function withYear(time: Time, year: DueYear): Time {
  return 'year' in time && time.t !== 'year' ? { ...time, year } : time;
}

/** A point or period in time at i; depth bounds the nesting of "het einde van het eerste kwartaal van …". */
export function timeHead(t: Token[], i: number, depth = 0): TimeHit | null {
  const w = lw(t, i);
  const date = dateAt(t, i) ?? quarterToken(t, i);
  if (date) return date;
  const year = relativeYear(t, i);
  if (year) return [year[0], 3, { t: 'year', year: year[1] }];
  const article = w === 'de' || w === 'het';
  const k = article ? i + 1 : i;
  const head = lw(t, k);
  if (article && SEASONS[head]) {
    const of = ofYear(t, k + 1);
    return of ? [of[0], 2, { t: 'season', season: SEASONS[head], year: of[1] }] : [k, 3, { t: 'season', season: SEASONS[head], year: null }];
  }
  if (MOMENTS[head]) {
    const named = yearAt(t, k + 1);
    return named === null ? [k, 3, MOMENTS[head]] : [k + 1, 2, withYear(MOMENTS[head], named)];
  }
  if (RELATIVE.has(w)) {
    const next = lw(t, i + 1);
    const current = w === 'dit' || w === 'deze';
    // "dit voorjaar" in a promise made in November is the coming spring (realdocs/014): a season named with "dit",
    // "komend" or "volgend" is the first one to come, like a season without a year.
    if (SEASONS[next]) return [i + 1, 3, { t: 'season', season: SEASONS[next], year: null }];
    const unit = CALENDAR_UNITS[next];
    if (unit) return [i + 1, unit === 'quarter' ? 3 : 4, { t: 'span', amount: current ? 0 : 1, unit, calendar: true }];
    if (next === 'halfjaar') return [i + 1, 3, { t: 'span', amount: 6, unit: 'month' }];
    if (next === 'kabinetsperiode') return [i + 1, 3, { t: 'event', event: 'cabinet-term', year: null }];
  }
  if (w === 'de' && (head === 'komende' || head === 'eerstkomende') && COMING.has(lw(t, k + 1))) return [k + 1, 4, { t: 'vague' }];
  if (article && ORDINALS[head] && (lw(t, k + 1) === 'kwartaal' || lw(t, k + 1) === 'helft' || lw(t, k + 1) === 'jaarhelft')) {
    const of = depth < 2 ? ofYear(t, k + 2) : null;
    const n = ORDINALS[head];
    const time: Time =
      lw(t, k + 1) === 'kwartaal' ? { t: 'quarter', quarter: n, year: of?.[1] ?? null } : { t: 'half', half: n === 1 ? 1 : 2, year: of?.[1] ?? null };
    return [of ? of[0] : k + 1, 2, time];
  }
  if (article && (head === 'eind' || head === 'einde' || head === 'begin' || head === 'loop' || head === 'midden') && lw(t, k + 1) === 'van' && depth < 2) {
    const inner = timeHead(t, k + 2, depth + 1);
    if (!inner) return null;
    const part = head === 'begin' ? 'begin' : head === 'loop' ? 'whole' : head === 'midden' ? 'middle' : 'end';
    return [inner[0], head === 'loop' ? Math.max(inner[1], 3) : Math.min(inner[1], 2), { t: 'part', part, inner: inner[2] }];
  }
  return null;
}
