import type { DataSource } from 'typeorm';
import { CommitmentService } from '../commitment/commitment.service.js';
import { NotFoundError } from '../common/domain-errors.js';
import { DEFAULT_READ_CACHE, ReadCache, type ReadCacheOptions } from '../common/read-cache.js';
import { ForecastService } from '../forecast/forecast.service.js';
import type { Policy } from '../policy/policy.js';
import { ANSWERED_STATUSES, type AnswerStatus, type AnswerTermFacts, type AnswerTermVerdict } from '../rules/answer-term.types.js';
import { evaluateAnswerTerm } from '../rules/evaluate-answer-term.rule.js';
import type { KamerDate } from '../rules/kamer-date.util.js';
import { QuestionFactsRepository, type QuestionFactsRow } from './question-facts.repository.js';
import { QuestionQueryRepository, type QuestionSetSummaryRow } from './question-query.repository.js';
import type { QuestionSqlFilter } from './question-sql-filter.js';
import { questionTimeline } from './question-timeline.util.js';
import type { AnswerTermView, QuestionDetail, QuestionListItem, QuestionListPage, QuestionStatusView } from './question-view.js';

export const QUESTION_SORTS = ['submittedOn', '-submittedOn', 'daysOutstanding', '-daysOutstanding', 'answeredOn', '-answeredOn'] as const;
export type QuestionSort = (typeof QUESTION_SORTS)[number];

export interface QuestionListQuery extends Omit<QuestionSqlFilter, 'state' | 'submittedBy'> {
  asOf: KamerDate;
  /** Any of these, as of asOf. Sets submitted after asOf did not exist yet and are left out. */
  statuses?: readonly AnswerStatus[];
  sort: QuestionSort;
  page: number;
  pageSize: number;
  /** Add each unanswered set's expected answer (the Monday list's forecast column). */
  withForecasts?: boolean;
}

const NO_VERDICT: AnswerTermView = {
  status: null,
  term: null,
  extendedTerm: null,
  daysToAnswer: null,
  daysOverTerm: null,
  daysOutstanding: null,
  deferralCount: 0,
};

function stateOf(status: AnswerStatus): 'answered' | 'withdrawn' | 'unanswered' {
  if (ANSWERED_STATUSES.includes(status)) return 'answered';
  return status === 'withdrawn' ? 'withdrawn' : 'unanswered';
}

export function answerTermView(verdict: AnswerTermVerdict | null): AnswerTermView {
  if (!verdict) return NO_VERDICT;
  const { status, term, extendedTerm, daysToAnswer, daysOverTerm, daysOutstanding, deferralCount } = verdict;
  return { status, term, extendedTerm, daysToAnswer, daysOverTerm, daysOutstanding, deferralCount };
}

/** Nulls last whichever the direction; ties by id, newest first. */
function compareBy(sort: QuestionSort): (a: Evaluated, b: Evaluated) => number {
  const descending = sort.startsWith('-');
  const field = (descending ? sort.slice(1) : sort) as 'submittedOn' | 'answeredOn' | 'daysOutstanding';
  const value = (e: Evaluated): string | number | null =>
    field === 'daysOutstanding' ? e.verdict.daysOutstanding : field === 'answeredOn' ? e.row.facts.answeredOn : e.row.facts.submittedOn;
  return (a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === y) return b.row.id - a.row.id;
    if (x === null) return 1;
    if (y === null) return -1;
    return (x < y ? -1 : 1) * (descending ? -1 : 1);
  };
}

interface Evaluated {
  row: QuestionFactsRow;
  verdict: AnswerTermVerdict;
}

/** Lists and shows question sets with their status as of a date. The status comes from the pure rules, never from SQL. */
export class QuestionQueryService {
  private readonly facts: QuestionFactsRepository;
  private readonly query: QuestionQueryRepository;
  /** The ordered ids of a list that needed the rules, kept while the data is unchanged: its pages are then cheap. */
  private readonly ordered: ReadCache;
  private readonly forecasts: ForecastService;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    cache: ReadCacheOptions = DEFAULT_READ_CACHE,
  ) {
    this.facts = new QuestionFactsRepository(dataSource);
    this.query = new QuestionQueryRepository(dataSource);
    this.ordered = new ReadCache(dataSource, cache);
    this.forecasts = new ForecastService(dataSource, policy, cache);
  }

  async list(request: QuestionListQuery): Promise<QuestionListPage> {
    const { asOf, statuses, sort, page, pageSize, withForecasts, ...attributes } = request;
    const offset = (page - 1) * pageSize;
    const needsRules = (statuses?.length ?? 0) > 0 || sort.endsWith('daysOutstanding');
    if (!needsRules) {
      const column = sort.replace('-', '') as 'submittedOn' | 'answeredOn';
      // A set submitted after asOf did not exist yet (DESIGN.md, the as-of rule): left out here as with a status filter.
      const { total, ids } = await this.query.page({ ...attributes, submittedBy: asOf }, { column, descending: sort.startsWith('-') }, pageSize, offset);
      return { asOf, total, page, pageSize, items: await this.describe(ids, asOf, withForecasts ?? false) };
    }
    const key = JSON.stringify(['questions', asOf, statuses ?? [], sort, attributes]);
    const ordered = await this.ordered.get(key, () => this.orderedIds(attributes, statuses ?? [], asOf, sort));
    const ids = Array.from(ordered.subarray(offset, offset + pageSize));
    return { asOf, total: ordered.length, page, pageSize, items: await this.describe(ids, asOf, withForecasts ?? false) };
  }

  /** Every matching id in list order, for a list that needs the rules (a status filter, or days outstanding). */
  private async orderedIds(attributes: QuestionSqlFilter, statuses: readonly AnswerStatus[], asOf: KamerDate, sort: QuestionSort): Promise<Int32Array> {
    const filter: QuestionSqlFilter = { ...attributes, submittedBy: asOf };
    if (statuses.length > 0) Object.assign(filter, { state: { asOf, states: new Set(statuses.map(stateOf)) } });
    const wanted = statuses.length > 0 ? new Set(statuses) : null;
    const matching = (await this.facts.find(filter))
      .map((row) => ({ row, verdict: this.evaluate(row.facts, asOf) }))
      .filter((e) => !wanted || wanted.has(e.verdict.status));
    matching.sort(compareBy(sort));
    return Int32Array.from(matching, (e) => e.row.id);
  }

  async detail(identifier: string, asOf: KamerDate): Promise<QuestionDetail> {
    const id = await this.findId(identifier);
    const rows = (await this.query.detail(id))!;
    const { set } = rows;
    const facts: AnswerTermFacts | null = set.submittedOn
      ? {
          submittedOn: set.submittedOn,
          answeredOn: set.answeredOn,
          withdrawnOn: set.withdrawnOn,
          deferralDates: rows.deferrals.flatMap((d) => (d.date ? [d.date] : [])),
        }
      : null;
    const notYetSubmitted = facts !== null && asOf < facts.submittedOn;
    const verdict = facts && !notYetSubmitted ? this.evaluate(facts, asOf) : null;
    const commitments = await new CommitmentService(this.dataSource, this.policy).list({ zaak: set.key, asOf });
    const forecast =
      verdict && ['open', 'open_deferred', 'overdue', 'overdue_deferred'].includes(verdict.status)
        ? ((await this.forecasts.forecasts([id], asOf)).get(id) ?? null)
        : null;
    return {
      asOf,
      zaak: set.zaak,
      key: set.key,
      title: set.title,
      documents: { question: set.questionDocumentId, answer: set.answerDocumentId, number: set.documentNumber },
      submittedOn: set.submittedOn,
      answeredOn: set.answeredOn,
      withdrawnOn: set.withdrawnOn,
      officialTerm: set.officialTerm,
      ...answerTermView(verdict),
      // As of a date before its submission the set did not exist yet: a status of its own, not "open".
      ...(notYetSubmitted ? { status: 'not_yet_submitted' as const } : {}),
      hasLateDeferral: verdict?.hasLateDeferral ?? false,
      ministry: rows.ministry,
      minister: set.ministerLabel,
      submitters: rows.submitters,
      answeredBy: rows.answerers,
      addressedTo: rows.addressees,
      topics: rows.topics,
      questions: rows.questions,
      // Notices dated after asOf had not arrived yet; undated ones are shown, the rules cannot place them.
      deferrals: rows.deferrals
        .filter((d) => d.date === null || d.date <= asOf)
        .map((d) => ({ date: d.date, inTime: d.date && verdict ? d.date <= verdict.term : null, reason: d.reason, text: d.text })),
      commitments,
      timeline: facts && verdict ? questionTimeline(facts, verdict, asOf) : [],
      sourceDocuments: rows.sourceDocuments,
      forecast,
    };
  }

  /** The answer-term verdict of one set, as `termijnwacht status` prints it. */
  async status(identifier: string, asOf: KamerDate): Promise<QuestionStatusView> {
    const id = await this.findId(identifier);
    const [row] = await this.facts.findByIds([id]);
    const [summary] = (await this.query.summaries([id])).values();
    if (!row || !row.facts.submittedOn) throw new NotFoundError(`question set ${identifier} has no submission date, so no answer term`);
    if (asOf < row.facts.submittedOn) {
      // DESIGN.md's as-of rule: before its submission date the set does not exist yet.
      return {
        zaak: summary.zaak,
        key: summary.key,
        asOf,
        status: 'not_yet_submitted',
        term: null,
        extendedTerm: null,
        daysToAnswer: null,
        daysOverTerm: null,
        daysOutstanding: null,
        deferrals: [],
      };
    }
    const v = this.evaluate(row.facts, asOf);
    return {
      zaak: summary.zaak,
      key: summary.key,
      asOf,
      status: v.status,
      term: v.term,
      extendedTerm: v.extendedTerm,
      daysToAnswer: v.daysToAnswer,
      daysOverTerm: v.daysOverTerm,
      daysOutstanding: v.daysOutstanding,
      deferrals: v.deferrals,
    };
  }

  private async findId(identifier: string): Promise<number> {
    const id = await this.query.findId(identifier);
    if (id === null) throw new NotFoundError(`no question set with zaak or id ${identifier}`);
    return id;
  }

  private evaluate(facts: AnswerTermFacts, asOf: KamerDate): AnswerTermVerdict {
    return evaluateAnswerTerm(facts, asOf, this.policy);
  }

  /** The list items of a page, in the order given; a set with no submission date has no verdict. */
  private async describe(ids: number[], asOf: KamerDate, withForecasts: boolean): Promise<QuestionListItem[]> {
    const [summaries, deferrals, submitters] = await Promise.all([this.query.summaries(ids), this.facts.deferralDatesByIds(ids), this.query.submitters(ids)]);
    // The forecast service leaves answered and withdrawn sets out of its map: they get null.
    const forecasts = withForecasts ? await this.forecasts.forecasts(ids, asOf) : null;
    // flatMap: a set removed since its id was listed is left out rather than shown empty.
    return ids.flatMap((id) => {
      const s = summaries.get(id);
      if (!s) return [];
      const facts = s.submittedOn
        ? { submittedOn: s.submittedOn, answeredOn: s.answeredOn, withdrawnOn: s.withdrawnOn, deferralDates: deferrals.get(id) ?? [] }
        : null;
      const item = listItem(s, facts ? this.evaluate(facts, asOf) : null, submitters.get(id) ?? []);
      return [forecasts ? { ...item, forecast: forecasts.get(id) ?? null } : item];
    });
  }
}

function listItem(s: QuestionSetSummaryRow, verdict: AnswerTermVerdict | null, submitters: QuestionListItem['submitters']): QuestionListItem {
  return {
    zaak: s.zaak,
    key: s.key,
    title: s.title,
    submittedOn: s.submittedOn,
    answeredOn: s.answeredOn,
    ...answerTermView(verdict),
    ministry: s.ministrySlug && s.ministryName ? { slug: s.ministrySlug, name: s.ministryName } : null,
    minister: s.ministerLabel,
    submitters,
  };
}
