import type { OverdueGroup } from '#domain';
import type { TopLevelSpec } from 'vega-lite';
import { cell, column, dataTable } from '../render/data-table.js';
import type { ChartView } from '../render/page-view.js';
import { CHART_WIDTH, TONE_COLOURS } from './chart-theme.js';

/** The Monday list's size per minister, split into overdue without and after a deferral. */
export function overdueByMinisterChart(groups: readonly OverdueGroup[], csvHref: string): ChartView {
  const values = groups.flatMap((g, order) => {
    const deferred = g.items.filter((i) => i.deferred).length;
    return [
      { minister: g.minister, order, kind: 'Zonder uitstel', count: g.count - deferred },
      { minister: g.minister, order, kind: 'Na uitstel', count: deferred },
    ];
  });
  const y = { field: 'minister', type: 'nominal', title: null, sort: null, axis: { labelLimit: 300 } };
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: CHART_WIDTH - 280,
    height: Math.max(40, groups.length * 28),
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y,
      x: { field: 'count', type: 'quantitative', title: 'Achterstallige vragensets', aggregate: 'sum', axis: { tickMinStep: 1 } },
      color: { field: 'kind', type: 'nominal', title: 'Soort', scale: { domain: ['Zonder uitstel', 'Na uitstel'], range: [TONE_COLOURS.bad, TONE_COLOURS.warn] }, legend: { orient: 'bottom' } },
    },
  } as unknown as TopLevelSpec;
  const total = groups.reduce((sum, g) => sum + g.count, 0);
  return {
    id: 'per-bewindspersoon',
    title: 'Achterstallig per bewindspersoon',
    description: 'Het aantal vragensets dat over de termijn is, per bewindspersoon die moet antwoorden; donkerrood zonder uitstelbericht, oranje na uitstel.',
    label: total === 0 ? 'Geen achterstallige vragensets.' : `Achterstallig per bewindspersoon: ${groups.map((g) => `${g.minister} ${g.count}`).join(', ')}.`,
    spec,
    table: dataTable({
      id: 'per-bewindspersoon',
      caption: 'Achterstallig per bewindspersoon',
      columns: [column('Bewindspersoon'), column('Achterstallig', true), column('Waarvan na uitstel', true)],
      rows: groups.map((g) => [cell(g.minister), cell(g.count), cell(g.items.filter((i) => i.deferred).length)]),
      emptyText: 'Geen achterstallige vragensets.',
      csvHref,
    }),
  };
}
