import {
  headsOfMinistry,
  slugify,
  type CommitmentsKeptReport,
  type LatencyProfile,
  type MinistryView,
  type OnTimeChange,
  type QuestionListPage,
} from '#domain';
import { groupBarsChart, vergaderjaarBarsChart } from '../charts/group-bars.chart.js';
import { latencyTrendChart } from '../charts/latency-trend.chart.js';
import { statusBarsChart } from '../charts/status-bars.chart.js';
import { dataTable } from '../render/data-table.js';
import { formatLongDate } from '../render/dutch-format.js';
import type { PageView } from '../render/page-view.js';
import { pageUrl } from '../render/page-url.js';
import { bewindspersoonHrefAt } from './bewindspersoon-link.js';
import { feedLinks } from './feed-links.js';
import { profileKpis } from './profile-kpis.js';
import { subscribeForm } from './subscribe-form.js';
import { QUESTION_COLUMNS, questionRow } from './question-rows.js';
import { onTimeChangeModel } from './on-time-change.view.js';
import { commitmentsKeptTable } from './commitments-kept.view.js';

export interface MinistryData {
  ministry: MinistryView;
  profile: LatencyProfile;
  latest: QuestionListPage;
  /** On-time shares with intervals and the last two years compared; absent: the section is left out. */
  change?: OnTimeChange;
  /** Commitments made and kept; absent: the section is left out. */
  commitments?: CommitmentsKeptReport;
  asOfGiven: boolean;
  norm: { term: number; extended: number };
  /** The CSRF token for the subscribe form. */
  formToken: string;
}

/** /ministeries/:slug: the latency profile of one ministry, per vergaderjaar and per bewindspersoon, and its latest sets. */
export function ministryView({ ministry, profile, latest, change, commitments, asOfGiven, norm, formToken }: MinistryData): PageView {
  const asOf = profile.asOf;
  const asOfParam = asOfGiven ? asOf : null;
  const self = `/ministeries/${ministry.slug}`;
  const csv = (tabel: string) => pageUrl(self, { asOf: asOfParam, format: 'csv', tabel });
  const feeds = feedLinks({ ministry: ministry.slug }, csv('vragen'));
  const list = dataTable({
    id: 'vragen',
    caption: latest.total > latest.items.length ? `De ${latest.items.length} nieuwste van ${latest.total} vragensets` : `${latest.total} vragensets`,
    columns: QUESTION_COLUMNS,
    rows: latest.items.map((item) => questionRow(item, asOfParam)),
    emptyText: 'Geen vragensets aan dit ministerie.',
    csvHref: csv('vragen'),
  });
  const minister = (label: string) => bewindspersoonHrefAt(label, ministry.slug, asOfParam);
  const tenure = (name: string) => pageUrl(`/bewindspersonen/${slugify(name)}`, { asOf: asOfParam });
  const changeSection = change ? onTimeChangeModel(change, csv, { label: minister, name: tenure }) : null;
  const commitmentsTable = commitments ? commitmentsKeptTable(commitments, csv('toezeggingen-nagekomen')) : null;
  return {
    template: 'ministry',
    title: `Ministerie van ${ministry.name}`,
    description: `Hoe snel het ministerie van ${ministry.name} Kamervragen beantwoordt.`,
    section: 'ministeries',
    model: {
      name: ministry.name,
      abbreviation: ministry.abbreviation,
      asOf,
      asOfLong: formatLongDate(asOf),
      kpis: profileKpis(profile, norm),
      feeds: feeds.links,
      hasSets: profile.summary.count > 0,
      allHref: pageUrl('/vragen', { ministry: ministry.slug, asOf: asOfParam }),
      overdueHref: pageUrl('/vragen', { ministry: ministry.slug, status: 'overdue,overdue_deferred', asOf: asOfParam }),
      subscribe: subscribeForm({ ministry: ministry.slug }, `het ministerie van ${ministry.name}`, formToken, self),
      change: changeSection?.model ?? { verdict: null, sentence: null, hasYears: false },
      hasCommitmentsKept: commitmentsTable !== null,
    },
    tables: [list, ...(changeSection?.tables ?? []), ...(commitmentsTable ? [commitmentsTable] : [])],
    charts:
      profile.summary.count > 0
        ? [
            statusBarsChart(profile.statusCounts, csv('per-status')),
            latencyTrendChart(
              profile.byMonth,
              norm,
              csv('per-maand'),
              headsOfMinistry(ministry.slug).map((h) => ({ date: h.from, label: h.name })),
            ),
            vergaderjaarBarsChart(profile.byVergaderjaar, norm, csv('per-vergaderjaar')),
            groupBarsChart(profile.byMinister, norm, {
              id: 'per-bewindspersoon',
              title: 'Mediaan antwoordtijd en op-tijd-aandeel per bewindspersoon',
              groupLabel: 'Bewindspersoon',
              keepOrder: false,
              csvHref: csv('per-bewindspersoon'),
              hrefOf: minister,
            }),
          ]
        : [],
    alternates: feeds.alternates,
    csvName: `ministerie-${ministry.slug}-${asOf}`,
  };
}
