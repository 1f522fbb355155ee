import type { DataExtent, LatencyGroup, LatencyReport, MinistryView, OverdueReport, Policy } from '#domain';
import { groupBarsChart, vergaderjaarBarsChart } from '../charts/group-bars.chart.js';
import { latencyTrendChart } from '../charts/latency-trend.chart.js';
import { formatLongDate, formatNumber, formatShare, NO_DATA } from '../render/dutch-format.js';
import type { PageView } from '../render/page-view.js';
import { pageUrl } from '../render/page-url.js';
import { normOf } from '../render/norm.js';
import { dataExtentNotice } from './data-extent-notice.js';

export interface OverviewData {
  asOf: string;
  asOfGiven: boolean;
  byVergaderjaar: LatencyReport;
  byMonth: LatencyReport;
  byMinistry: LatencyReport;
  overdue: OverdueReport;
  ministries: MinistryView[];
  currentVergaderjaar: string;
  policy: Policy;
  extent: DataExtent;
}

function previousVergaderjaar(vergaderjaar: string): string {
  const start = Number(vergaderjaar.slice(0, 4));
  return `${start - 1}-${start}`;
}

function shareKpi(label: string, group: LatencyGroup | undefined) {
  return {
    label,
    value: formatShare(group?.shareOnTime ?? null),
    note: group ? `${group.count} vragensets, ${group.answered} beantwoord` : 'geen vragensets ingediend',
    tone: 'plain',
  };
}

/** The front page: this year's and last year's on-time share, the median, today's overdue count, trends, ministries. */
export function overviewView(data: OverviewData): PageView {
  const { asOf, policy } = data;
  const norm = normOf(policy);
  const asOfParam = data.asOfGiven ? asOf : null;
  const csv = (tabel: string) => pageUrl('/', { asOf: asOfParam, format: 'csv', tabel });
  const years = new Map(data.byVergaderjaar.groups.map((g) => [g.group, g]));
  const current = years.get(data.currentVergaderjaar);
  const previousName = previousVergaderjaar(data.currentVergaderjaar);
  const slugOf = new Map(data.ministries.map((m) => [m.name, m.slug]));
  const kpis = [
    shareKpi(`Op tijd beantwoord, vergaderjaar ${data.currentVergaderjaar}`, current),
    shareKpi(`Op tijd beantwoord, vergaderjaar ${previousName}`, years.get(previousName)),
    {
      label: `Mediaan dagen tot antwoord, ${data.currentVergaderjaar}`,
      value: current?.medianDays == null ? NO_DATA : formatNumber(current.medianDays),
      note: `norm: ${norm.term} dagen, na uitstel ${norm.extended}`,
      tone: 'plain',
    },
    {
      label: 'Achterstallig op de peildatum',
      value: String(data.overdue.total),
      note: 'vragensets over de termijn',
      tone: data.overdue.total > 0 ? 'bad' : 'good',
    },
  ];
  return {
    template: 'overview',
    title: 'Overzicht',
    description: 'Hoe snel bewindspersonen schriftelijke Kamervragen beantwoorden: op-tijd-aandeel, mediaan antwoordtijd, achterstallige vragen.',
    section: 'overzicht',
    model: {
      asOf,
      norm,
      asOfLong: formatLongDate(asOf, true),
      asOfGiven: data.asOfGiven,
      kpis,
      overdueHref: pageUrl('/achterstallig', { asOf: asOfParam }),
      overdueLinkText:
        data.overdue.total > 0
          ? `Bekijk de ${data.overdue.total} achterstallige vragensets, per bewindspersoon`
          : `Op ${formatLongDate(asOf)} staat geen vragenset achterstallig: naar de lijst`,
      dataExtent: dataExtentNotice(data.extent, { path: '/', asOf, overdueTotal: data.overdue.total }),
      asOfForm: { action: '/', asOf, links: data.asOfGiven ? [{ href: '/', label: 'Naar vandaag' }] : [] },
    },
    tables: [],
    charts: [
      vergaderjaarBarsChart(data.byVergaderjaar.groups, norm, csv('per-vergaderjaar')),
      latencyTrendChart(data.byMonth.groups, norm, csv('per-maand')),
      groupBarsChart(data.byMinistry.groups, norm, {
        id: 'per-ministerie',
        title: 'Mediaan antwoordtijd en op-tijd-aandeel per ministerie',
        groupLabel: 'Ministerie',
        keepOrder: false,
        csvHref: csv('per-ministerie'),
        hrefOf: (name) => (slugOf.has(name) ? pageUrl(`/ministeries/${slugOf.get(name)}`, { asOf: asOfParam }) : null),
      }),
    ],
    alternates: [
      { type: 'application/atom+xml', title: 'Nieuw achterstallige vragen (Atom)', href: '/feeds/achterstallig.atom' },
      { type: 'text/calendar', title: 'Termijnen (ICS)', href: '/feeds/termijnen.ics' },
    ],
    csvName: `overzicht-${asOf}`,
  };
}
