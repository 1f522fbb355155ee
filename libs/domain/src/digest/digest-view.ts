import type { AnswerForecastView } from '../forecast/forecast-view.js';
import type { Policy } from '../policy/policy.js';
import type { AnswerTermVerdict } from '../rules/answer-term.types.js';
import { daysBetween, type KamerDate } from '../rules/kamer-date.util.js';
import { dutchDate } from '../mail/format-dutch-date.js';
import type { DigestPeriod } from './digest-period.util.js';

/** A question set as the digest shows it, with its verdict as of the digest's date. */
export interface DigestSet {
  key: string;
  zaak: string | null;
  title: string | null;
  ministerLabel: string | null;
  /** Everyone who must answer (question_set_responsible); the set is listed under each. Empty: nobody named yet. */
  ministerLabels?: readonly string[];
  submittedOn: KamerDate;
  answeredOn: KamerDate | null;
  verdict: AnswerTermVerdict;
  /** The expected answer as of the digest's date (see libs/domain/src/forecast); absent or null: none to show. */
  forecast?: AnswerForecastView | null;
}

export interface DigestCommitment {
  zaak: string;
  title: string;
  text: string;
  dueDate: KamerDate;
  dueImplied: boolean;
}

export interface DigestInput {
  period: DigestPeriod;
  asOf: KamerDate;
  /** Answers dated after this day are listed. */
  since: KamerDate;
  overdue: readonly DigestSet[];
  answered: readonly DigestSet[];
  commitments: readonly DigestCommitment[];
  questionSetUrl: (key: string) => string;
}

/** Exactly what the digest templates render (strict mode: every field is always present). */
export interface DigestView {
  heading: string;
  asOfLabel: string;
  sinceLabel: string;
  answerTermDays: number;
  extendedTermDays: number;
  overdueCount: number;
  overdueNoun: string;
  overdueGroups: Array<{
    minister: string;
    count: number;
    items: Array<{
      zaak: string;
      title: string;
      url: string;
      submittedOn: string;
      daysOutstanding: number;
      daysOverTerm: number;
      deferred: boolean;
      expected: string | null;
    }>;
  }>;
  answeredCount: number;
  answered: Array<{ zaak: string; title: string; url: string; answeredOn: string; latencyDays: number; verdict: string }>;
  commitmentCount: number;
  commitments: Array<{ dueLabel: string; zaak: string; title: string; text: string }>;
}

// Sets whose documents name nobody: a group of their own that says why, listed last, never a ministry "Onbekend".
const UNKNOWN_MINISTER = 'Adressaat nog onbekend (de documenten noemen er geen; termijnwacht sync vult dit aan)';

/** Code-point order: keys and ISO dates sort correctly without the cost of a locale collation per comparison. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function verdictLabel(verdict: AnswerTermVerdict): string {
  if (verdict.status === 'answered_on_time') return 'op tijd';
  if (verdict.status === 'answered_in_extension') return 'binnen de verlengde termijn';
  return `te laat, ${verdict.daysOverTerm} ${verdict.daysOverTerm === 1 ? 'dag' : 'dagen'} over de termijn`;
}

function dueLabel(c: DigestCommitment, asOf: KamerDate): string {
  const implied = c.dueImplied ? ' (geen datum genoemd: standaardtermijn)' : '';
  const days = daysBetween(c.dueDate, asOf);
  if (days > 0) return `Verlopen op ${dutchDate(c.dueDate)}, ${days} ${days === 1 ? 'dag' : 'dagen'} geleden${implied}`;
  return `Verloopt op ${dutchDate(c.dueDate)}${implied}`;
}

type OverdueGroup = DigestView['overdueGroups'][number];

/** "verwacht rond 12 maart 2026 (80%: 2 maart – 30 april 2026)"; a forecast whose backtest is off is not given. */
export function expectedLabel(f: AnswerForecastView | null): string | null {
  if (!f || !f.expectedOn) return null;
  if (f.verdict === 'off') return 'geen verwachting: de terugtoets van de voorspelling wijkt af';
  if (f.verdict === 'insufficient') return null;
  const level = Math.round((f.interval?.level ?? 0) * 100);
  const range = f.interval ? ` (${level}%: ${dutchDate(f.interval.from)} – ${f.interval.to ? dutchDate(f.interval.to) : 'later'})` : '';
  return `verwacht rond ${dutchDate(f.expectedOn)}${range}`;
}

/** Overdue sets by minister (largest group first), each group longest outstanding first. */
function overdueGroups(input: DigestInput): OverdueGroup[] {
  const groups = new Map<string, OverdueGroup['items']>();
  const sorted = [...input.overdue].sort((a, b) => (b.verdict.daysOutstanding ?? 0) - (a.verdict.daysOutstanding ?? 0) || byText(a.key, b.key));
  for (const set of sorted) {
    const ministers = set.ministerLabels ?? (set.ministerLabel ? [set.ministerLabel] : []);
    // A set several must answer is listed under each of them.
    for (const minister of ministers.length > 0 ? ministers : [UNKNOWN_MINISTER]) {
      const items = groups.get(minister) ?? [];
      items.push({
        zaak: set.zaak ?? set.key,
        title: set.title ?? '(zonder titel)',
        url: input.questionSetUrl(set.key),
        submittedOn: dutchDate(set.submittedOn),
        daysOutstanding: set.verdict.daysOutstanding ?? 0,
        daysOverTerm: set.verdict.daysOverTerm,
        deferred: set.verdict.deferralCount > 0,
        expected: expectedLabel(set.forecast ?? null),
      });
      groups.set(minister, items);
    }
  }
  const unknownLast = (a: OverdueGroup, b: OverdueGroup) => Number(a.minister === UNKNOWN_MINISTER) - Number(b.minister === UNKNOWN_MINISTER);
  return [...groups.entries()]
    .map(([minister, items]) => ({ minister, count: items.length, items }))
    .sort((a, b) => unknownLast(a, b) || b.count - a.count || a.minister.localeCompare(b.minister, 'nl'));
}

function answeredItems(input: DigestInput): DigestView['answered'] {
  return [...input.answered]
    .sort((a, b) => byText(a.answeredOn ?? '', b.answeredOn ?? '') || byText(a.key, b.key))
    .map((set) => ({
      zaak: set.zaak ?? set.key,
      title: set.title ?? '(zonder titel)',
      url: input.questionSetUrl(set.key),
      answeredOn: dutchDate(set.answeredOn ?? set.submittedOn),
      latencyDays: set.verdict.daysToAnswer ?? 0,
      verdict: verdictLabel(set.verdict),
    }));
}

/**
 * The digest for one subscriber, like the Kamer's Monday list: overdue sets grouped by minister, answers since the
 * last digest with their latency, commitments due or overdue. Pure.
 */
export function buildDigestView(input: DigestInput, policy: Policy): DigestView {
  const groups = overdueGroups(input);
  // Each set once, however many ministers it is listed under.
  const overdueCount = new Set(input.overdue.map((s) => s.key)).size;
  const answered = answeredItems(input);
  const commitments = [...input.commitments]
    .sort((a, b) => byText(a.dueDate, b.dueDate))
    .map((c) => ({ dueLabel: dueLabel(c, input.asOf), zaak: c.zaak, title: c.title, text: c.text }));
  return {
    heading: input.period.heading,
    asOfLabel: dutchDate(input.asOf, true),
    sinceLabel: dutchDate(input.since),
    answerTermDays: policy.answerTermDays,
    extendedTermDays: policy.answerTermDays + policy.deferralExtensionDays,
    overdueCount,
    overdueNoun: overdueCount === 1 ? 'vragenset' : 'vragensets',
    overdueGroups: groups,
    answeredCount: answered.length,
    answered,
    commitmentCount: commitments.length,
    commitments,
  };
}
