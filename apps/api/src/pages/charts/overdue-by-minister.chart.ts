import type { OverdueGroup } from '#domain';
import type { TopLevelSpec } from 'vega-lite';
import { cell, column, dataTable } from '../render/data-table.js';
import type { ChartView } from '../render/page-view.js';
import { CHART_WIDTH, NARROW_FONT_SIZE, NARROW_WIDTH, TONE_COLOURS } from './chart-theme.js';
import { wrapLabel, WRAPPED_AXIS_LABELS } from './wrap-label.util.js';

/** The Monday list's size per minister, split into overdue without and after a deferral. */
export function overdueByMinisterChart(groups: readonly OverdueGroup[], csvHref: string): ChartView {
  const values = groups.flatMap((g, order) => {
    const deferred = g.items.filter((i) => i.deferred).length;
    return [
      { minister: g.minister, order, kind: 'Zonder uitstel', count: g.count - deferred },
      { minister: g.minister, order, kind: 'Na uitstel', count: deferred },
    ];
  });
  const y = { field: 'minister', type: 'nominal', title: null, sort: null, axis: { labelLimit: 600 } };
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: CHART_WIDTH - 280,
    height: Math.max(40, groups.length * 28),
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y,
      x: { field: 'count', type: 'quantitative', title: 'Achterstallige vragensets', aggregate: 'sum', axis: { tickMinStep: 1 } },
      color: {
        field: 'kind',
        type: 'nominal',
        title: 'Soort',
        scale: { domain: ['Zonder uitstel', 'Na uitstel'], range: [TONE_COLOURS.bad, TONE_COLOURS.warn] },
        legend: { orient: 'bottom' },
      },
    },
  } as unknown as TopLevelSpec;
  // The phone drawing: names wrapped onto lines, the legend in one column under the bars, nothing cut off.
  const narrowValues = values.map((v) => ({ ...v, lines: wrapLabel(v.minister, 16) }));
  const lineCount = Math.max(1, ...narrowValues.map((v) => v.lines.split('|').length));
  const narrowSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: NARROW_WIDTH - 20,
    height: Math.max(40, groups.length * (12 + 14 * lineCount)),
    data: { values: narrowValues },
    config: {
      axis: { labelFontSize: NARROW_FONT_SIZE, titleFontSize: NARROW_FONT_SIZE },
      legend: { labelFontSize: NARROW_FONT_SIZE, titleFontSize: NARROW_FONT_SIZE },
    },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'lines', type: 'nominal', title: null, sort: null, axis: { labelExpr: WRAPPED_AXIS_LABELS, labelLimit: 200, labelLineHeight: 14 } },
      x: { field: 'count', type: 'quantitative', title: 'Achterstallig', aggregate: 'sum', axis: { tickMinStep: 1, tickCount: 3 } },
      color: {
        field: 'kind',
        type: 'nominal',
        title: 'Soort',
        scale: { domain: ['Zonder uitstel', 'Na uitstel'], range: [TONE_COLOURS.bad, TONE_COLOURS.warn] },
        legend: { orient: 'bottom', direction: 'vertical' },
      },
    },
  } as unknown as TopLevelSpec;
  const total = groups.reduce((sum, g) => sum + g.count, 0);
  return {
    id: 'per-bewindspersoon',
    title: 'Achterstallig per bewindspersoon',
    description: 'Het aantal vragensets dat over de termijn is, per bewindspersoon die moet antwoorden; donkerrood zonder uitstelbericht, oranje na uitstel.',
    label: total === 0 ? 'Geen achterstallige vragensets.' : `Achterstallig per bewindspersoon: ${groups.map((g) => `${g.minister} ${g.count}`).join(', ')}.`,
    spec,
    narrowSpec,
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
