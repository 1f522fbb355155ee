import {
  surnameOf,
  type BewindspersoonTenure,
  type CommitmentsKeptReport,
  type LatencyProfile,
  type OnTimeChange,
  type QuestionListItem,
  type QuestionListPage,
} from '#domain';
import { vergaderjaarBarsChart } from '../charts/group-bars.chart.js';
import { column, dataTable, dateCell, type TableCell } from '../render/data-table.js';
import { formatLongDate } from '../render/dutch-format.js';
import type { PageView } from '../render/page-view.js';
import { pageUrl } from '../render/page-url.js';
import { ministryName, postTitle, tenureText } from './bewindspersoon-posts.js';
import { commitmentsKeptTable } from './commitments-kept.view.js';
import { feedLinks } from './feed-links.js';
import { forecastCell } from './forecast-text.js';
import { comparisonText, yearsWithVerdictsTable } from './on-time-change.view.js';
import { profileKpis } from './profile-kpis.js';
import { daysCell } from './question-cells.js';
import { LEADING_QUESTION_COLUMNS, leadingQuestionCells, QUESTION_COLUMNS, questionRow } from './question-rows.js';
import { subscribeForm } from './subscribe-form.js';

export interface BewindspersoonData {
  person: BewindspersoonTenure;
  profile: LatencyProfile;
  /** The unanswered sets of their tenure, with forecasts. */
  open: QuestionListPage;
  all: QuestionListPage;
  change: OnTimeChange;
  commitments: CommitmentsKeptReport;
  asOfGiven: boolean;
  norm: { term: number; extended: number };
  /** The CSRF token for the subscribe form. */
  formToken: string;
}

const OPEN_COLUMNS = [
  ...LEADING_QUESTION_COLUMNS,
  column('Ingediend'),
  column('Geldende termijn'),
  column('Dagen open', true),
  column('Verwacht rond (80%-interval)'),
];

function openRow(item: QuestionListItem, asOfParam: string | null): TableCell[] {
  return [
    ...leadingQuestionCells(item, asOfParam),
    dateCell(item.submittedOn),
    dateCell(item.extendedTerm ?? item.term),
    daysCell(item.daysOutstanding),
    forecastCell(item.forecast),
  ];
}

/**
 * /bewindspersonen/:slug: one bewindspersoon's scorecard over their own tenure: the sets attributed to them (the holder
 * of the addressed post on the day the term ran out, or the answer came), nothing of their predecessor's or successor's.
 */
export function bewindspersoonView({ person, profile, open, all, change, commitments, asOfGiven, norm, formToken }: BewindspersoonData): PageView {
  const asOf = profile.asOf;
  const asOfParam = asOfGiven ? asOf : null;
  const self = `/bewindspersonen/${person.slug}`;
  const csv = (tabel: string) => pageUrl(self, { asOf: asOfParam, format: 'csv', tabel });
  // Feeds and mail follow the sets that name this person at their latest ministry: the filters those carry (see the page).
  const latest = person.periods[person.periods.length - 1];
  const filter = { ministry: latest.ministry, minister: surnameOf(person.name) };
  const feeds = feedLinks(filter, csv('alle'));
  const openTable = dataTable({
    id: 'open',
    caption: `Nog niet beantwoord: ${open.total}`,
    columns: OPEN_COLUMNS,
    rows: open.items.map((item) => openRow(item, asOfParam)),
    emptyText: 'Geen open vragensets in deze ambtstermijn.',
    csvHref: csv('open'),
  });
  const allTable = dataTable({
    id: 'alle',
    caption: `Alle vragensets van deze ambtstermijn: ${all.total}`,
    columns: QUESTION_COLUMNS,
    rows: all.items.map((item) => questionRow(item, asOfParam)),
    emptyText: 'Geen vragensets in deze ambtstermijn.',
    csvHref: csv('alle'),
  });
  const years = yearsWithVerdictsTable({
    id: 'op-tijd-per-vergaderjaar',
    caption: 'Aandeel op tijd per vergaderjaar, met 95%-interval en de toets tegen het jaar ervoor',
    years: change.byVergaderjaar,
    comparisons: change.consecutiveYears,
    csvHref: csv('op-tijd-per-vergaderjaar'),
  });
  const last = change.lastYears;
  return {
    template: 'bewindspersoon',
    title: person.name,
    description: `Hoe snel ${person.name} Kamervragen beantwoordde, over de eigen ambtstermijn.`,
    section: 'bewindspersonen',
    model: {
      name: person.name,
      posts: person.periods.map((p) => ({
        post: postTitle(p.post),
        ministry: ministryName(p.ministry),
        ministryHref: pageUrl(`/ministeries/${p.ministry}`, { asOf: asOfParam }),
        tenure: tenureText(p),
      })),
      asOf,
      asOfLong: formatLongDate(asOf),
      kpis: profileKpis(profile, norm),
      feeds: feeds.links,
      feedMinistry: ministryName(latest.ministry),
      hasSets: profile.summary.count > 0,
      verdict: last?.verdict ?? null,
      sentence: last ? comparisonText(last) : null,
      subscribe: subscribeForm(filter, `${person.name} (ministerie van ${ministryName(latest.ministry)})`, formToken, self),
    },
    tables: [openTable, years, commitmentsKeptTable(commitments, csv('toezeggingen-nagekomen'), 'In deze ambtstermijn'), allTable],
    charts: profile.summary.count > 0 ? [vergaderjaarBarsChart(profile.byVergaderjaar, norm, csv('per-vergaderjaar'))] : [],
    alternates: feeds.alternates,
    csvName: `bewindspersoon-${person.slug}-${asOf}`,
  };
}
