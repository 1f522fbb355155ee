import { ANSWER_STATUSES, slugify, type FilterOptions, type MemberView, type PublicQuestionFilter, type QuestionListPage, type QuestionSort } from '#domain';
import { dataTable } from '../render/data-table.js';
import type { PageView } from '../render/page-view.js';
import { pageUrl, type UrlParams } from '../render/page-url.js';
import { ANSWER_STATUS_TAGS } from '../render/status-labels.js';
import { feedLinks } from './feed-links.js';
import { QUESTION_COLUMNS, questionRow } from './question-rows.js';

export interface QuestionSearch {
  filter: PublicQuestionFilter;
  text: string | null;
  statuses: string[];
  from: string | null;
  to: string | null;
  sort: QuestionSort;
  page: number;
}

export interface QuestionsData {
  list: QuestionListPage;
  search: QuestionSearch;
  options: FilterOptions;
  members: MemberView[];
  asOfGiven: boolean;
}

// Status choices as people ask them: one status, or the groups the Monday list and watch lists use.
const STATUS_CHOICES = [
  { value: 'overdue,overdue_deferred', label: 'Alle achterstallige' },
  { value: 'open,open_deferred,overdue,overdue_deferred', label: 'Alle onbeantwoorde' },
  ...ANSWER_STATUSES.map((s) => ({ value: s, label: ANSWER_STATUS_TAGS[s].label })),
];

const SORT_CHOICES: { value: QuestionSort; label: string }[] = [
  { value: '-submittedOn', label: 'Nieuwste eerst' },
  { value: 'submittedOn', label: 'Oudste eerst' },
  { value: '-daysOutstanding', label: 'Langst open eerst' },
  { value: '-answeredOn', label: 'Laatst beantwoord eerst' },
];

function choices(values: { value: string; label: string }[], selected: string | null | undefined, match = (a: string, b: string) => a === b) {
  return values.map((v) => ({ ...v, selected: selected != null && match(v.value, selected) }));
}

/** The search parameters as a query string, for links (pages, CSV) that keep the search. */
export function searchParams(search: QuestionSearch, asOf: string | null): UrlParams {
  return {
    q: search.text,
    status: search.statuses.join(',') || null,
    ...search.filter,
    from: search.from,
    to: search.to,
    sort: search.sort === '-submittedOn' ? null : search.sort,
    asOf,
  };
}

/** /vragen: every question set, searchable and filterable, with a CSV of all matches. */
export function questionsView({ list, search, options, members, asOfGiven }: QuestionsData): PageView {
  const asOfParam = asOfGiven ? list.asOf : null;
  const params = searchParams(search, asOfParam);
  const csvHref = pageUrl('/vragen', { ...params, format: 'csv', tabel: 'vragen' });
  const feeds = feedLinks(search.filter, csvHref);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const table = dataTable({
    id: 'vragen',
    caption:
      list.total > list.pageSize
        ? `Vragensets ${(list.page - 1) * list.pageSize + 1} tot ${Math.min(list.total, list.page * list.pageSize)} van ${list.total}`
        : `${list.total} vragensets`,
    columns: QUESTION_COLUMNS,
    rows: list.items.map((item) => questionRow(item, asOfParam)),
    emptyText: 'Geen vragensets gevonden met deze filters.',
    csvHref,
  });
  const f = search.filter;
  return {
    template: 'questions',
    title: 'Vragen',
    description: 'Zoek en filter schriftelijke Kamervragen op status, ministerie, partij, indiener en onderwerp.',
    section: 'vragen',
    model: {
      total: list.total,
      asOf: list.asOf,
      form: {
        q: search.text ?? '',
        from: search.from ?? '',
        to: search.to ?? '',
        minister: f.minister ?? '',
        asOf: asOfParam ?? '',
        statuses: choices(STATUS_CHOICES, search.statuses.join(',')),
        ministries: choices(options.ministries, f.ministry),
        parties: choices(options.parties, f.party, (a, b) => a === slugify(b)),
        topics: choices(options.topics, f.topic, (a, b) => a === b.toLowerCase()),
        members: choices(
          members.map((m) => ({ value: m.slug, label: m.party ? `${m.name} (${m.party})` : m.name })),
          f.submitter,
        ),
        ministers: options.ministers,
        sorts: choices(SORT_CHOICES, search.sort),
      },
      feeds: feeds.links,
      feedNote:
        search.text || search.statuses.length || search.from || search.to
          ? 'De agenda en de feed volgen ministerie, bewindspersoon, indiener, partij en onderwerp; zoekterm, status en periode gelden alleen voor deze lijst.'
          : '',
      pager: {
        show: pages > 1,
        text: `Pagina ${list.page} van ${pages}`,
        previous: list.page > 1 ? pageUrl('/vragen', { ...params, page: list.page - 1 }) : null,
        next: list.page < pages ? pageUrl('/vragen', { ...params, page: list.page + 1 }) : null,
      },
    },
    tables: [table],
    charts: [],
    alternates: feeds.alternates,
    csvName: 'vragen',
  };
}
