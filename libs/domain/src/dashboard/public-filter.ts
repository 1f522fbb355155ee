import type { QuestionSqlFilter } from '../question-set/question-sql-filter.js';

/**
 * The filters the public pages and feeds share: a feed URL, a page URL and its CSV name the same sets.
 * A subset of the question filter, so every condition is the question-set query's own.
 */
export type PublicQuestionFilter = Pick<QuestionSqlFilter, 'ministry' | 'minister' | 'submitter' | 'party' | 'topic'>;

export const PUBLIC_FILTER_KEYS = ['ministry', 'minister', 'submitter', 'party', 'topic'] as const satisfies readonly (keyof PublicQuestionFilter)[];

/** A public filter, or the sets a rule chose (a bewindspersoon's own tenure): what the profile readers accept. */
export type ProfileFilter = PublicQuestionFilter & Pick<QuestionSqlFilter, 'questionSetIds'>;
