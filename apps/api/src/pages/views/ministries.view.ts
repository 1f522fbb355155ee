import type { LatencyReport, MinistryView, Policy } from '#domain';
import { groupBarsChart } from '../charts/group-bars.chart.js';
import { cell, column, dataTable } from '../render/data-table.js';
import { formatLongDate } from '../render/dutch-format.js';
import { normOf } from '../render/norm.js';
import type { PageView } from '../render/page-view.js';
import { pageUrl } from '../render/page-url.js';

/** /ministeries: every ministry with its number of sets, and the latency report grouped by ministry. */
export function ministriesView(ministries: MinistryView[], report: LatencyReport, asOfGiven: boolean, policy: Policy): PageView {
  const asOfParam = asOfGiven ? report.asOf : null;
  const csv = (tabel: string) => pageUrl('/ministeries', { asOf: asOfParam, format: 'csv', tabel });
  const slugOf = new Map(ministries.map((m) => [m.name, m.slug]));
  const table = dataTable({
    id: 'ministeries',
    caption: 'Ministeries',
    columns: [column('Ministerie'), column('Afkorting'), column('Vragensets', true)],
    rows: ministries.map((m) => [cell(m.name, { href: pageUrl(`/ministeries/${m.slug}`, { asOf: asOfParam }) }), cell(m.abbreviation), cell(m.questionSets)]),
    emptyText: 'Nog geen ministeries bekend.',
    csvHref: csv('ministeries'),
  });
  return {
    template: 'ministries',
    title: 'Ministeries',
    description: 'Antwoordtijd van Kamervragen per ministerie.',
    section: 'ministeries',
    model: { asOf: report.asOf, asOfLong: formatLongDate(report.asOf), hasGroups: report.groups.length > 0 },
    tables: [table],
    charts: [
      groupBarsChart(report.groups, normOf(policy), {
        id: 'per-ministerie',
        title: 'Antwoordtijd per ministerie',
        groupLabel: 'Ministerie',
        keepOrder: false,
        csvHref: csv('per-ministerie'),
        hrefOf: (name) => (slugOf.has(name) ? pageUrl(`/ministeries/${slugOf.get(name)}`, { asOf: asOfParam }) : null),
      }),
    ],
    alternates: [],
    csvName: `ministeries-${report.asOf}`,
  };
}
