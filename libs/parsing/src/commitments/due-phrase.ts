import { collapseSpace, isDigit, type Token } from './text-tokens.js';

// Finds the due-date phrase of a promise as written: "voor de zomer", "in het eerste kwartaal van 2023",
// "begin volgend jaar", "binnen drie weken", "zo spoedig mogelijk", "(juli 2022)" → "juli 2022".
// When a sentence has several, the most precise wins (a dated day over a month, a month over a season,
// a season over "de komende weken", those over "zo spoedig mogelijk", that over "in de volgende voortgangsbrief").
// Dates marked as past ("9 februari jl.") and the words naming where an earlier promise was made are skipped.

interface Hit {
  start: number;
  end: number; // inclusive token index
  rank: number;
  inner?: boolean; // a parenthesised date: the text without the brackets
}

const MONTHS = new Set(['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']);
const SEASONS = new Set(['zomer', 'voorjaar', 'najaar', 'winter', 'herfst', 'lente']);
const RECESSES = new Set(['zomerreces', 'kerstreces', 'herfstreces', 'voorjaarsreces', 'meireces', 'krokusreces', 'reces', 'kerst', 'jaarwisseling', 'prinsjesdag', 'begrotingsbehandeling', 'zomervakantie', 'kerstvakantie']);
const RELATIVE = new Set(['dit', 'deze', 'komend', 'komende', 'volgend', 'volgende', 'aankomend', 'aankomende', 'eerstvolgende']);
const PERIODS = new Set(['jaar', 'kwartaal', 'halfjaar', 'maand', 'week', 'kabinetsperiode']);
const ORDINALS = new Set(['eerste', 'tweede', 'derde', 'vierde', 'laatste']);
const PREPOSITIONS = new Set(['voor', 'vóór', 'uiterlijk', 'per', 'in', 'na', 'rond', 'omstreeks', 'tegen', 'begin', 'eind', 'einde', 'medio', 'half', 'halverwege', 'rondom', 'tijdens']);
const COUNTS = new Set(['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'twaalf', 'enkele']);
const UNITS = new Set(['dag', 'dagen', 'week', 'weken', 'maand', 'maanden', 'jaar', 'kwartaal']);
const DOCUMENTS = new Set(['voortgangsrapportage', 'voortgangsbrief', 'verzamelbrief', 'voorjaarsnota', 'miljoenennota', 'jaarverslag', 'jaarrapportage', 'monitor', 'rapportage', 'brief', 'kamerbrief', 'begroting', 'agenda', 'stand-van-zakenbrief']);
const NEXT = new Set(['eerstvolgende', 'volgende', 'komende', 'nieuwe', 'jaarlijkse']);
/** Meetings that date a promise only after "eerstvolgende"/"volgende": "in de eerstvolgende Raad". */
const NEXT_EVENTS = new Set(['raad', 'vergadering', 'bijeenkomst', 'ministerraad', 'top', 'overleg', 'commissiedebat', 'debat']);
const PAST = new Set(['jl', 'jongstleden', 'j.l']);

const lw = (t: Token[], i: number): string => (i >= 0 && i < t.length ? t[i].low : '');
const isYear = (t: Token[], i: number): boolean => {
  const w = lw(t, i);
  return w.length === 4 && (w.startsWith('19') || w.startsWith('20')) && isDigit(w[2]) && isDigit(w[3]);
};
const isDay = (t: Token[], i: number): boolean => {
  const w = lw(t, i);
  return w.length > 0 && w.length <= 2 && isDigit(w[0]) && isDigit(w[w.length - 1]) && Number(w) >= 1 && Number(w) <= 31;
};

/** "[1] juli [2022]" at i: [end, rank] or null. */
function dateAt(t: Token[], i: number): [number, number] | null {
  let k = i;
  const day = isDay(t, k) && MONTHS.has(lw(t, k + 1));
  if (day) k++;
  if (!MONTHS.has(lw(t, k))) return isYear(t, i) ? [i, 2] : null;
  if (isYear(t, k + 1)) k++;
  if (PAST.has(lw(t, k + 1))) return null;
  return [k, day ? 1 : 2];
}

/** A point or period in time at i: a date, a season, a recess, "het jaar", "volgend jaar", "het eerste kwartaal van 2023". */
function timeHead(t: Token[], i: number, depth = 0): [number, number] | null {
  const w = lw(t, i);
  const date = dateAt(t, i);
  if (date) return date;
  const article = w === 'de' || w === 'het';
  const k = article ? i + 1 : i;
  const head = lw(t, k);
  if (article && SEASONS.has(head)) return isYear(t, k + 2) && lw(t, k + 1) === 'van' ? [k + 2, 2] : [k, 3];
  if (RECESSES.has(head)) return [k, 3];
  if (RELATIVE.has(w) && (SEASONS.has(lw(t, i + 1)) || PERIODS.has(lw(t, i + 1)))) return [i + 1, 3];
  if (article && head === 'jaar') return [k, 3];
  if (w === 'de' && (head === 'komende' || head === 'eerstkomende') && ['weken', 'maanden', 'periode', 'tijd', 'dagen', 'jaren'].includes(lw(t, k + 1))) return [k + 1, 4];
  if (article && ORDINALS.has(head) && (PERIODS.has(lw(t, k + 1)) || lw(t, k + 1) === 'helft')) {
    const inner = lw(t, k + 2) === 'van' && depth < 2 ? timeHead(t, k + 3, depth + 1) : null;
    return inner ? [inner[0], 2] : [k + 1, 2];
  }
  if (article && (head === 'eind' || head === 'einde' || head === 'begin' || head === 'loop' || head === 'helft') && lw(t, k + 1) === 'van' && depth < 2) {
    const inner = timeHead(t, k + 2, depth + 1);
    return inner ? [inner[0], head === 'loop' ? Math.max(inner[1], 3) : Math.min(inner[1], 2)] : null;
  }
  return null;
}

function prepositional(t: Token[], i: number): Hit | null {
  const w = lw(t, i);
  let k = i + 1;
  if (w === 'niet' && lw(t, i + 1) === 'later' && lw(t, i + 2) === 'dan') k = i + 3;
  else if (w === 'aan' && lw(t, i + 1) === 'het' && (lw(t, i + 2) === 'eind' || lw(t, i + 2) === 'einde') && lw(t, i + 3) === 'van') k = i + 4;
  else if (w === 'op' && isDay(t, i + 1) && MONTHS.has(lw(t, i + 2))) k = i + 1;
  else if (!PREPOSITIONS.has(w)) return null;
  const head = timeHead(t, k);
  return head ? { start: i, end: head[0], rank: head[1] } : null;
}

function relative(t: Token[], i: number): Hit | null {
  const w = lw(t, i);
  const next = lw(t, i + 1);
  if (RELATIVE.has(w) && (SEASONS.has(next) || PERIODS.has(next))) {
    const start = lw(t, i - 1) === 'nog' ? i - 1 : i; // "nog dit jaar"
    return { start, end: i + 1, rank: next === 'week' || next === 'maand' ? 4 : 3 };
  }
  if (w === 'de' && (next === 'komende' || next === 'eerstkomende') && ['weken', 'maanden', 'periode', 'tijd', 'dagen', 'jaren'].includes(lw(t, i + 2))) return { start: i, end: i + 2, rank: 4 };
  if (w === 'binnen' && (COUNTS.has(next) || isDay(t, i + 1)) && UNITS.has(lw(t, i + 2))) return { start: i, end: i + 2, rank: 3 };
  if (w === 'binnen' && next === 'afzienbare' && lw(t, i + 2) === 'tijd') return { start: i, end: i + 2, rank: 5 };
  return null;
}

function vague(t: Token[], i: number): Hit | null {
  const w = lw(t, i);
  const a = lw(t, i + 1);
  const b = lw(t, i + 2);
  if (w === 'zo' && (a === 'spoedig' || a === 'snel') && b === 'mogelijk') return { start: i, end: i + 2, rank: 5 };
  if (w === 'zo' && (a === 'spoedig' || a === 'snel') && b === 'als' && lw(t, i + 3) === 'mogelijk') return { start: i, end: i + 3, rank: 5 };
  if (w === 'op' && (a === 'korte' || a === 'afzienbare') && b === 'termijn') return { start: i, end: i + 2, rank: 5 };
  if (w === 'op' && a === 'zo' && b === 'kort' && lw(t, i + 3) === 'mogelijke' && lw(t, i + 4) === 'termijn') return { start: i, end: i + 4, rank: 5 };
  if (w === 'binnenkort' || w === 'zsm') return { start: i, end: i, rank: 5 };
  if (w === 'z' && a === '.' && b === 's' && lw(t, i + 3) === '.' && lw(t, i + 4) === 'm') return { start: i, end: lw(t, i + 5) === '.' ? i + 5 : i + 4, rank: 5 };
  return null;
}

function parenthesised(t: Token[], i: number): Hit | null {
  if (t[i].raw !== '(') return null;
  const date = dateAt(t, i + 1);
  if (!date || lw(t, date[0] + 1) !== ')') return null;
  return { start: i + 1, end: date[0], rank: date[1], inner: true };
}

function documentEvent(t: Token[], i: number): Hit | null {
  const w = lw(t, i);
  if (w !== 'in' && w !== 'bij' && w !== 'met') return null;
  if (lw(t, i + 1) !== 'de' && lw(t, i + 1) !== 'het') return null;
  const hasNext = NEXT.has(lw(t, i + 2));
  const noun = lw(t, hasNext ? i + 3 : i + 2);
  if (!DOCUMENTS.has(noun) && !(hasNext && NEXT_EVENTS.has(noun))) return null;
  const self = noun.startsWith('voortgang') || noun.endsWith('nota') || noun === 'verzamelbrief';
  return hasNext || self ? { start: i, end: hasNext ? i + 3 : i + 2, rank: 6 } : null;
}

/** "de Raad Buitenlandse Zaken van 22 juli": a dated day after "van", "op" or a comma. */
function bareDate(t: Token[], i: number): Hit | null {
  const w = lw(t, i);
  if (w !== 'van' && w !== 'op' && w !== ',') return null;
  const date = isDay(t, i + 1) ? dateAt(t, i + 1) : null;
  return date && date[1] === 1 ? { start: i + 1, end: date[0], rank: 1, inner: true } : null;
}

/**
 * The due-date phrase among tokens [from, to), skipping tokens for which `skip` is true; null when there is none.
 * A date without a preposition ("van 22 juli") counts only after `datesFrom`, the promise itself: before it such a
 * date is mostly when something already happened.
 */
export function findDuePhrase(text: string, t: Token[], from: number, to: number, skip: (i: number) => boolean, datesFrom = to): string | null {
  let best: Hit | null = null;
  for (let i = from; i < to; i++) {
    if (skip(i)) continue;
    const hit = parenthesised(t, i) ?? prepositional(t, i) ?? vague(t, i) ?? relative(t, i) ?? documentEvent(t, i) ?? (i > datesFrom ? bareDate(t, i) : null);
    if (!hit || hit.end >= to || skip(hit.end)) continue;
    if (!best || hit.rank < best.rank) best = hit;
    i = Math.max(i, hit.inner ? hit.end + 1 : hit.end);
  }
  if (!best) return null;
  const phrase = collapseSpace(text.slice(t[best.start].start, t[best.end].end));
  // "Voor de zomer zal ik …" → "voor de zomer": a time phrase never starts with a name
  return phrase[0].toLowerCase() + phrase.slice(1);
}
