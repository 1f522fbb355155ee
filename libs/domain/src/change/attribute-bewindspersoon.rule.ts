import type { Bewindspersoon } from '../ministry/bewindspersonen.data.js';
import { bewindspersoonNameMatches } from '../ministry/bewindspersoon-name.util.js';
import { holdersOn } from '../ministry/holder-on.util.js';
import { postsOn } from '../ministry/post-on.util.js';
import type { AnswerTermVerdict } from '../rules/answer-term.types.js';
import type { KamerDate } from '../rules/kamer-date.util.js';

/** A row of the table of bewindspersonen per period (libs/domain/src/ministry/bewindspersonen.data.ts). */
export interface BewindspersoonPeriod {
  name: string;
  post: string;
  /** The ministry's slug. */
  ministry: string;
  /** First and last day in office, both inclusive; `to` null while in office. */
  from: KamerDate;
  to: KamerDate | null;
}

/** What attribution needs of a set: its ministry, the post it was addressed to when known, and its verdict. */
export interface AttributableSet {
  ministrySlug: string | null;
  /** e.g. 'minister van Buitenlandse Zaken'; null: the head of the ministry ('minister van …'). */
  post: string | null;
  submittedOn: KamerDate;
  answeredOn: KamerDate | null;
  verdict: Pick<AnswerTermVerdict, 'applicableTerm'>;
}

/**
 * The day that decides who answers for a set: the day its term ran out, or its answer when that came first. Whoever
 * held the post that day had the term in hand when it was met or missed; a successor who inherits a set already late
 * does not own its lateness.
 */
export function attributionDay(set: AttributableSet): KamerDate {
  const { answeredOn } = set;
  return answeredOn !== null && answeredOn < set.verdict.applicableTerm ? answeredOn : set.verdict.applicableTerm;
}

const normal = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The bewindspersoon in office for the addressed post on the attribution day, from `table` (passed in: tests bring
 * their own). Without a known post, the head of the set's ministry ('minister van …'). Null when no row covers the day
 * (a gap between two holders, or a post the table does not know).
 */
export function attributeToBewindspersoon<T extends BewindspersoonPeriod>(set: AttributableSet, table: readonly T[]): T | null {
  const day = attributionDay(set);
  const post = set.post === null ? null : normal(set.post);
  const inOffice = (row: T) => row.from <= day && (row.to === null || day <= row.to);
  const holds = (row: T) => (post !== null ? normal(row.post) === post : row.ministry === set.ministrySlug && normal(row.post).startsWith('minister van '));
  return table.find((row) => holds(row) && inOffice(row)) ?? null;
}

/** One who must answer a set, as question_set_responsible names them. */
export interface ResponsibleOfSet {
  ministrySlug: string | null;
  /** "Minister van Justitie en Veiligheid (Grapperhaus)". */
  minister: string;
  /** The person the documents name for this post, when known. */
  personName: string | null;
}

/** "Minister van Justitie en Veiligheid (Van Weel)" → "Minister van Justitie en Veiligheid". */
function postOfLabel(label: string): string {
  return label.replace(/\s*\([^)]*\)\s*$/, '');
}

/**
 * Who answers for one responsible of a set: the holder, on the attribution day, of the post that responsible stands for.
 * The post is the one the table gives the named person at that ministry when the set was submitted (labels shorten
 * "Economische Zaken en Klimaat"), else the label's. With two holders that day (staatssecretarissen), the named person
 * when one of them, else nobody: never guessed. So a set whose term ran out under a predecessor stays theirs.
 */
export function attributeResponsible(responsible: ResponsibleOfSet, set: AttributableSet, table: readonly Bewindspersoon[]): Bewindspersoon | null {
  const dates = [set.submittedOn, set.answeredOn].filter((d): d is KamerDate => d !== null);
  const named = responsible.personName
    ? dates.map((date) => postsOn(responsible.personName!, date, table).find((p) => p.ministry === responsible.ministrySlug)).find((p) => p !== undefined)
    : undefined;
  const holders = holdersOn(named?.post ?? postOfLabel(responsible.minister), attributionDay(set), table);
  if (holders.length === 1) return holders[0];
  return holders.find((h) => responsible.personName !== null && bewindspersoonNameMatches(responsible.personName, h.name)) ?? null;
}
