import type { DataSource } from 'typeorm';
import type { Policy } from '../policy/policy.js';
import { QuestionQueryService, type QuestionListQuery } from '../question-set/question-query.service.js';
import type { QuestionListItem } from '../question-set/question-view.js';
import { UNANSWERED_STATUSES } from '../rules/answer-term.types.js';
import { addDays, type KamerDate } from '../rules/kamer-date.util.js';
import type { OverdueEvent, TermEvent } from './dashboard-view.js';
import { overdueEventsOf } from './overdue-events.util.js';
import type { PublicQuestionFilter } from './public-filter.js';
import { termEventsOf } from './term-events.util.js';

/** How far back a calendar shows terms of sets that are answered by now. */
export const CALENDAR_WINDOW_DAYS = 365;
/** How far back the overdue feed goes. */
export const OVERDUE_FEED_WINDOW_DAYS = 90;
// A term, even extended and paused over a summer recess, ends well within this many days of submission: the
// reads below start that far before their window, so no set that matters is left out and old ones are not read.
const TERM_SPAN_MARGIN_DAYS = 365;
const PAGE = 2000;

/** The sets behind the calendar and Atom feeds, read through the question list so statuses are the rules' own. */
export class TermFeedService {
  private readonly questions: QuestionQueryService;

  constructor(dataSource: DataSource, policy: Policy) {
    this.questions = new QuestionQueryService(dataSource, policy);
  }

  async termEvents(filter: PublicQuestionFilter, asOf: KamerDate): Promise<TermEvent[]> {
    const submittedFrom = addDays(asOf, -(CALENDAR_WINDOW_DAYS + TERM_SPAN_MARGIN_DAYS));
    const [open, recent] = await Promise.all([
      this.listAll({ ...filter, asOf, statuses: UNANSWERED_STATUSES }),
      this.listAll({ ...filter, asOf, submittedFrom, submittedTo: asOf }),
    ]);
    const byKey = new Map([...open, ...recent].map((item) => [item.key, item]));
    return termEventsOf([...byKey.values()], asOf, CALENDAR_WINDOW_DAYS);
  }

  async overdueEvents(filter: PublicQuestionFilter, asOf: KamerDate): Promise<OverdueEvent[]> {
    const submittedFrom = addDays(asOf, -(OVERDUE_FEED_WINDOW_DAYS + TERM_SPAN_MARGIN_DAYS));
    const items = await this.listAll({ ...filter, asOf, submittedFrom, statuses: ['overdue', 'overdue_deferred', 'answered_late'] });
    return overdueEventsOf(items, asOf, OVERDUE_FEED_WINDOW_DAYS);
  }

  private async listAll(query: Omit<QuestionListQuery, 'sort' | 'page' | 'pageSize'>): Promise<QuestionListItem[]> {
    const items: QuestionListItem[] = [];
    for (let page = 1; ; page += 1) {
      const result = await this.questions.list({ ...query, sort: '-submittedOn', page, pageSize: PAGE });
      items.push(...result.items);
      if (page * PAGE >= result.total) return items;
    }
  }
}
