import type { Policy } from '../policy/policy.js';
import {
  MONTH_NAMES, monthEnd, monthNumber, nthWeekdayOfMonth, quarterEnd, recessStart, yearOf, type RecessKind,
} from './due-date-calendar.util.js';
import { addDays, addMonths, formatKamerDate, type KamerDate } from './kamer-date.util.js';

// The Dutch due-date phrases, each a pattern and how it resolves against the date the commitment was made.
// Every pattern is linear: alternations and optional groups only, no quantified group that contains a quantifier
// (the spec checks each with safe-regex2). Flags 'iu': case-insensitive, and 'vóór' is matched by v[oó][oó]r.
// A phrase without a year means the first such date on or after the day the commitment was made ("in het voorjaar"
// said in September is next spring); a phrase with a year (2023, dit jaar, volgend jaar) is taken as said.
// "Voor X" resolves to X itself, not the day before: an alert fires once X has passed, and a date
// the minister named is kept as named.

type Groups = Record<string, string | undefined>;

export interface DuePhraseRule {
  /** Stable identifier, reported as the resolution's `rule`. */
  rule: string;
  pattern: RegExp;
  /** null: the phrase names no date (zo spoedig mogelijk); the policy's default horizon applies, marked implied. */
  resolve: ((groups: Groups, madeOn: KamerDate, policy: Policy) => { dueDate: KamerDate; rule?: string }) | null;
  /** Used only when the text holds no other phrase: a bare year is often a past reference ("In 2021 waren er …"). */
  weak?: boolean;
}

const VOOR = 'v[oó][oó]r';
const MONTH = `(?<m>${MONTH_NAMES.join('|')})`;
const NUMBER = '(?<n>\\d{1,3}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)';
/** A year: 2023, dit jaar, (het) volgend jaar, het nieuwe jaar, or "het jaar" (no year: the next one). */
const YEAR = '(?:(?<y>20\\d{2})|(?:het\\s+)?(?<rel>dit|volgend|volgende|komend|komende|nieuwe)\\s+jaar|het\\s+jaar)';
const OPT_YEAR = `(?:\\s+(?:van\\s+)?${YEAR})?`;

const NUMBER_WORDS: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
};

function re(source: string): RegExp {
  return new RegExp(source, 'iu');
}

function yearSpec(g: Groups, madeOn: KamerDate): { year: number; explicit: boolean } {
  if (g.y) return { year: Number(g.y), explicit: true };
  if (g.yy) return { year: 2000 + Number(g.yy), explicit: true };
  const rel = g.rel?.toLowerCase();
  if (rel === 'dit') return { year: yearOf(madeOn), explicit: true };
  if (rel) return { year: yearOf(madeOn) + 1, explicit: true };
  return { year: yearOf(madeOn), explicit: false };
}

/** build(year) for the stated year, or for the year made when that is on or after madeOn, else the next year. */
function inYearOrNext(g: Groups, madeOn: KamerDate, build: (year: number) => KamerDate, strictlyAfter = false): KamerDate {
  const { year, explicit } = yearSpec(g, madeOn);
  const date = build(year);
  const reached = strictlyAfter ? date > madeOn : date >= madeOn;
  return explicit || reached ? date : build(year + 1);
}

function fixed(month: number, day: number): DuePhraseRule['resolve'] {
  return (g, madeOn) => ({ dueDate: inYearOrNext(g, madeOn, (y) => formatKamerDate(y, month, day)) });
}

function beforeRecess(kind: RecessKind): NonNullable<DuePhraseRule['resolve']> {
  return (g, madeOn, policy) => {
    const dueDate = inYearOrNext(g, madeOn, (y) => recessStart(kind, y, policy.recesses).date);
    const { estimated } = recessStart(kind, yearOf(dueDate), policy.recesses);
    return { dueDate, rule: estimated ? `recess-start-estimated:${kind}` : `recess-start:${kind}` };
  };
}

function withinPeriod(g: Groups, madeOn: KamerDate): { dueDate: KamerDate } {
  if (g.half) return { dueDate: addMonths(madeOn, 6) };
  const text = (g.n ?? '').toLowerCase();
  const n = NUMBER_WORDS[text] ?? Number(text);
  const unit = (g.unit ?? '').toLowerCase();
  if (unit.startsWith('dag')) return { dueDate: addDays(madeOn, n) };
  if (unit === 'week' || unit === 'weken') return { dueDate: addDays(madeOn, 7 * n) };
  if (unit.startsWith('maand')) return { dueDate: addMonths(madeOn, n) };
  return { dueDate: addMonths(madeOn, 12 * n) };
}

const QUARTERS: Record<string, number> = { eerste: 1, '1e': 1, tweede: 2, '2e': 2, derde: 3, '3e': 3, vierde: 4, '4e': 4, laatste: 4 };

function inMonth(g: Groups, madeOn: KamerDate): { dueDate: KamerDate; rule: string } {
  const month = monthNumber(g.m ?? '');
  const pre = (g.pre ?? '').toLowerCase().replace(/\s+/g, ' ');
  // begin maart → 10 March, medio maart → 15 March, voor maart → 1 March, in / eind / uiterlijk maart → 31 March.
  const [day, rule] = pre.includes('begin')
    ? [10, 'month-begin']
    : /medio|half|halverwege|midden/.test(pre)
      ? [15, 'month-middle']
      : /^(?:v[oó][oó]r|per|tegen)$/.test(pre)
        ? [1, 'month-start']
        : [31, 'month-end'];
  return { dueDate: inYearOrNext(g, madeOn, (y) => (day === 31 ? monthEnd(y, month) : formatKamerDate(y, month, day))), rule };
}

export const DUE_PHRASE_RULES: readonly DuePhraseRule[] = [
  // No date stated: the default horizon applies.
  { rule: 'no-stated-date', pattern: re('\\bzo\\s+(?:spoedig|snel|vlug)\\s+(?:als\\s+)?mogelijk\\b'), resolve: null },
  { rule: 'no-stated-date', pattern: re('\\b(?:zsm|z\\.s\\.m)\\b'), resolve: null },
  { rule: 'no-stated-date', pattern: re('\\bop\\s+(?:zo\\s+)?korte?\\s+termijn\\b'), resolve: null },
  { rule: 'no-stated-date', pattern: re('\\b(?:binnenkort|spoedig)\\b'), resolve: null },
  { rule: 'no-stated-date', pattern: re('\\b(?:binnen|over|in)\\s+(?:enkele|een\\s+paar|een\\s+aantal|afzienbare|korte)\\s+(?:dagen|weken|maanden|tijd)\\b'), resolve: null },
  { rule: 'no-stated-date', pattern: re('\\b(?:(?:binnen|in)\\s+)?de\\s+komende\\s+(?:dagen|weken|maanden|tijd|periode)\\b'), resolve: null },

  // binnen drie weken, over 10 dagen, de komende twee maanden, binnen een half jaar
  {
    rule: 'within-period',
    pattern: re(`\\b(?:binnen|over|(?:(?:binnen|in)\\s+)?de\\s+komende)\\s+(?:${NUMBER}\\s+(?<unit>dagen|dag|weken|week|maanden|maand|jaar)|(?<half>een\\s+half\\s?jaar))\\b`),
    resolve: withinPeriod,
  },

  // voor 1 januari (2024), uiterlijk op vrijdag 3 maart
  {
    rule: 'explicit-date',
    pattern: re(`\\b(?:${VOOR}|uiterlijk(?:\\s+op)?|op|per|tegen)\\s+(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\s+)?(?<d>0?[1-9]|[12]\\d|3[01])\\s+${MONTH}(?:\\s+(?<y>20\\d{2}))?\\b`),
    resolve: (g, madeOn) => ({
      dueDate: inYearOrNext(g, madeOn, (y) => formatKamerDate(y, monthNumber(g.m ?? ''), Number(g.d)), true),
    }),
  },

  // in maart, voor april 2024, begin mei, medio juni, eind september, in de loop van oktober
  {
    rule: 'month',
    pattern: re(`\\b(?<pre>${VOOR}|in|uiterlijk(?:\\s+(?:in|eind|einde|begin))?|tegen|rond|per|begin|medio|half|halverwege|midden|eind|einde|ultimo|in\\s+de\\s+loop\\s+van|(?:(?:aan|tegen|${VOOR}|in)\\s+het\\s+)?(?:begin|eind|einde)\\s+van)\\s+${MONTH}(?:\\s+(?<y>20\\d{2}))?\\b`),
    resolve: inMonth,
  },
  // "(juli 2022)": a month with its year standing alone, naming when the promised thing happens → the month's end.
  { rule: 'month', pattern: re(`\\b${MONTH}\\s+(?<y>20\\d{2})\\b`), resolve: inMonth },

  // in het eerste kwartaal (van 2023), het laatste kwartaal van dit jaar, Q1 2023, Q3'24
  {
    rule: 'quarter-end',
    pattern: re(`\\b(?:(?:in|${VOOR}|tijdens|gedurende|uiterlijk\\s+in)\\s+het\\s+)?(?<ord>eerste|tweede|derde|vierde|laatste|1e|2e|3e|4e)\\s+kwartaal${OPT_YEAR}\\b`),
    resolve: (g, madeOn) => ({ dueDate: inYearOrNext(g, madeOn, (y) => quarterEnd(y, QUARTERS[(g.ord ?? '').toLowerCase()])) }),
  },
  {
    rule: 'quarter-end',
    pattern: re("\\bQ(?<q>[1-4])(?:[\\s-]?(?<y>20\\d{2})|\\s?'(?<yy>\\d{2}))?\\b"),
    resolve: (g, madeOn) => ({ dueDate: inYearOrNext(g, madeOn, (y) => quarterEnd(y, Number(g.q))) }),
  },

  // in de eerste helft van 2023 → 30 June; de tweede jaarhelft → 31 December
  {
    rule: 'half-year-end',
    pattern: re(`\\b(?:(?:in|${VOOR}|tijdens|gedurende)\\s+de\\s+)?(?<h>eerste|tweede)\\s+(?:helft|jaarhelft)${OPT_YEAR}\\b`),
    resolve: (g, madeOn) => ({ dueDate: inYearOrNext(g, madeOn, (y) => (g.h?.toLowerCase() === 'eerste' ? monthEnd(y, 6) : monthEnd(y, 12))) }),
  },

  // medio 2023: the middle of the year; 30 June, the end of the first half, as "in het voorjaar" and "eerste helft".
  { rule: 'mid-year', pattern: re(`\\b(?:medio|halverwege|midden)\\s+(?:van\\s+)?${YEAR}\\b`), resolve: fixed(6, 30) },

  // begin 2024: the first quarter. 31 March is the latest day that is still "begin"; an earlier date would raise
  // overdue alerts for promises kept in February or March.
  { rule: 'begin-year', pattern: re(`\\b(?:(?:aan|in|${VOOR}|tegen)\\s+het\\s+)?begin\\s+(?:van\\s+)?${YEAR}\\b`), resolve: fixed(3, 31) },

  // voor het einde van het jaar, voor het eind van dit jaar, eind dit jaar, voor het einde van 2023, ultimo 2023
  { rule: 'year-end', pattern: re(`\\b(?:(?:${VOOR}|tegen|aan|op|uiterlijk|rond)\\s+)?(?:het\\s+)?(?:eind|einde|ultimo)\\s+(?:van\\s+)?${YEAR}\\b`), resolve: fixed(12, 31) },
  { rule: 'year-end', pattern: re(`\\b(?:${VOOR}|rond|tegen)\\s+(?:de\\s+jaarwisseling|het\\s+jaareinde)\\b`), resolve: fixed(12, 31) },
  { rule: 'year-end', pattern: re(`\\b(?:in\\s+de\\s+loop\\s+van|(?:nog|later)\\s+in|gedurende)\\s+${YEAR}\\b`), resolve: fixed(12, 31) },
  { rule: 'year-end', pattern: re('\\b(?:(?:nog|later)\\s+)?(?<rel>dit|volgend|komend)\\s+jaar\\b'), resolve: fixed(12, 31), weak: true },
  { rule: 'year-end', pattern: re('\\b(?:in|gedurende)\\s+(?<y>20\\d{2})\\b'), resolve: fixed(12, 31), weak: true },

  // Summer: voor de zomer → the zomerreces begins; na de zomer → 30 September; in de zomer → 31 August.
  {
    rule: 'recess-start:zomerreces',
    pattern: re(`\\b(?:${VOOR}|uiterlijk\\s+${VOOR}|tegen)\\s+(?:de\\s+zomer(?:vakantie|periode)?|het\\s+zomerreces)${OPT_YEAR}\\b`),
    resolve: beforeRecess('zomerreces'),
  },
  {
    rule: 'after-summer',
    pattern: re(`\\b(?:(?:direct|meteen|kort|vlak|snel)\\s+)?na\\s+(?:de\\s+zomer(?:vakantie|periode)?|het\\s+zomerreces)${OPT_YEAR}\\b`),
    resolve: fixed(9, 30),
  },
  {
    rule: 'summer',
    pattern: re(`\\b(?:(?:in|tijdens|gedurende)\\s+de\\s+zomer(?:maanden|periode)?|(?:deze|komende|volgende)\\s+zomer)${OPT_YEAR}\\b`),
    resolve: fixed(8, 31),
  },
  // in het voorjaar → 30 June (the voorjaar reaches to the summer); in het najaar → 31 December.
  {
    rule: 'spring',
    pattern: re(`\\b(?:(?:in|tijdens|gedurende)\\s+(?:het\\s+voorjaar|de\\s+lente)|(?:dit|deze|komend|komende|volgend)\\s+(?:voorjaar|lente)|voorjaar)${OPT_YEAR}\\b`),
    resolve: fixed(6, 30),
  },
  {
    rule: 'autumn',
    pattern: re(`\\b(?:(?:in|tijdens|gedurende)\\s+(?:het\\s+najaar|de\\s+herfst)|(?:dit|deze|komend|komende|volgend)\\s+(?:najaar|herfst)|najaar)${OPT_YEAR}\\b`),
    resolve: fixed(12, 31),
  },

  // voor het kerstreces / herfstreces / meireces / voorjaarsreces (krokusreces); voor de kerst → the kerstreces begins.
  {
    rule: 'recess-start',
    pattern: re(`\\b(?:${VOOR}|uiterlijk\\s+${VOOR}|tegen)\\s+(?:het\\s+)?(?<kind>kerst|herfst|mei|voorjaars|krokus)reces${OPT_YEAR}\\b`),
    resolve: (g, madeOn, policy) => {
      const kind = (g.kind ?? '').toLowerCase();
      return beforeRecess(kind === 'krokus' ? 'voorjaarsreces' : (`${kind}reces` as RecessKind))(g, madeOn, policy);
    },
  },
  {
    rule: 'recess-start:kerstreces',
    pattern: re(`\\b(?:${VOOR}|tegen)\\s+(?:de\\s+)?kerst(?:mis|dagen|vakantie|periode)?\\b`),
    resolve: beforeRecess('kerstreces'),
  },

  // The budget year: Prinsjesdag (third Tuesday of September) brings the budgets that the begrotingsbehandelingen in
  // October–November debate, so "voor de begrotingsbehandeling" resolves to Prinsjesdag too.
  {
    rule: 'prinsjesdag',
    pattern: re(`\\b(?:(?:${VOOR}|bij|rond|met|op|tegen|tijdens)\\s+)?(?:de\\s+)?(?:prinsjesdag(?:\\s+(?<y>20\\d{2}))?|begrotingsbehandelingen|begrotingsbehandeling|miljoenennota|ontwerpbegroting)\\b`),
    resolve: (g, madeOn) => ({ dueDate: inYearOrNext(g, madeOn, (y) => nthWeekdayOfMonth(y, 9, 2, 3)) }),
  },
  // The Voorjaarsnota reaches the Kamer before 1 June; Verantwoordingsdag is the third Wednesday of May.
  {
    rule: 'voorjaarsnota',
    pattern: re(`\\b(?:(?:${VOOR}|bij|rond|met|in|tegen)\\s+)?(?:de\\s+)?voorjaarsnota(?:\\s+(?<y>20\\d{2}))?\\b`),
    resolve: fixed(6, 1),
  },
  {
    rule: 'verantwoordingsdag',
    pattern: re(`\\b(?:(?:${VOOR}|bij|rond|met|op|tegen)\\s+)?verantwoordingsdag(?:\\s+(?<y>20\\d{2}))?\\b`),
    resolve: (g, madeOn) => ({ dueDate: inYearOrNext(g, madeOn, (y) => nthWeekdayOfMonth(y, 5, 3, 3)) }),
  },
];
