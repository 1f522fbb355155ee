import { ANSWER_STATUSES, type AnswerStatus } from '#domain';
import type { TopLevelSpec } from 'vega-lite';
import { cell, column, dataTable } from '../render/data-table.js';
import type { ChartView } from '../render/page-view.js';
import { ANSWER_STATUS_TAGS } from '../render/status-labels.js';
import { CHART_WIDTH, NARROW_FONT_SIZE, NARROW_WIDTH, TONE_COLOURS } from './chart-theme.js';

/** How many sets have each status as of the date: one bar per status that occurs, in the statuses' fixed order. */
export function statusBarsChart(counts: Partial<Record<AnswerStatus, number>>, csvHref: string): ChartView {
  const present = ANSWER_STATUSES.filter((s) => (counts[s] ?? 0) > 0);
  const values = present.map((s, order) => ({
    label: ANSWER_STATUS_TAGS[s].label,
    count: counts[s]!,
    order,
    colour: TONE_COLOURS[ANSWER_STATUS_TAGS[s].tone],
  }));
  const y = { field: 'label', type: 'nominal', title: null, sort: null, axis: { labelLimit: 220 } };
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: CHART_WIDTH - 200,
    height: Math.max(40, present.length * 28),
    data: { values },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          y,
          x: { field: 'count', type: 'quantitative', title: 'Vragensets', axis: { tickMinStep: 1 } },
          color: { field: 'colour', type: 'nominal', scale: null },
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4, fontSize: 12, color: '#1f2933' },
        encoding: { y, x: { field: 'count', type: 'quantitative' }, text: { field: 'count' } },
      },
    ],
  } as unknown as TopLevelSpec;
  const narrowY = { ...y, axis: { labelLimit: 250, labelFontSize: NARROW_FONT_SIZE } };
  const narrowSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: NARROW_WIDTH - 30,
    height: Math.max(40, present.length * 26),
    data: { values },
    config: { axis: { labelFontSize: NARROW_FONT_SIZE, titleFontSize: NARROW_FONT_SIZE } },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          y: narrowY,
          x: { field: 'count', type: 'quantitative', title: 'Vragensets', axis: { tickMinStep: 1, tickCount: 3 } },
          color: { field: 'colour', type: 'nominal', scale: null },
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 3, fontSize: NARROW_FONT_SIZE, color: '#1f2933' },
        encoding: { y: narrowY, x: { field: 'count', type: 'quantitative' }, text: { field: 'count' } },
      },
    ],
  } as unknown as TopLevelSpec;
  const total = values.reduce((sum, v) => sum + v.count, 0);
  return {
    id: 'per-status',
    title: 'Vragensets per status',
    description: 'Hoe de vragensets ervoor staan op de peildatum. Beantwoord telt alleen als het antwoord er op die datum al was.',
    label: total === 0 ? 'Geen vragensets.' : `Vragensets per status: ${values.map((v) => `${v.label} ${v.count}`).join(', ')}.`,
    spec,
    narrowSpec,
    table: dataTable({
      id: 'per-status',
      caption: 'Vragensets per status',
      columns: [column('Status'), column('Vragensets', true)],
      rows: present.map((s) => [cell(ANSWER_STATUS_TAGS[s].label, { status: ANSWER_STATUS_TAGS[s] }), cell(counts[s])]),
      emptyText: 'Geen vragensets.',
      csvHref,
    }),
  };
}
