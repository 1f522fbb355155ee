import { UNANSWERED_STATUSES, type AnswerStatus, type KamerDate, type TimelineEvent } from '#domain';
import type { TopLevelSpec } from 'vega-lite';
import { cell, column, dataTable } from '../render/data-table.js';
import { formatLongDate } from '../render/dutch-format.js';
import type { ChartView } from '../render/page-view.js';
import { ANSWER_STATUS_TAGS, TIMELINE_LABELS } from '../render/status-labels.js';
import { wrapLabel, WRAPPED_AXIS_LABELS } from './wrap-label.util.js';
import { CHART_COLOURS, CHART_WIDTH, NARROW_FONT_SIZE, NARROW_WIDTH, TONE_COLOURS } from './chart-theme.js';

export interface TimelineInput {
  events: readonly TimelineEvent[];
  asOf: KamerDate;
  status: AnswerStatus | null;
  /** Days after submission for each event, for the table. */
  daysAfter: (date: KamerDate) => number;
  csvHref: string;
}

function eventLabel(event: TimelineEvent): string {
  if (event.event === 'deferral') return event.inTime === false ? 'Uitstelbericht (te laat)' : 'Uitstelbericht';
  return TIMELINE_LABELS[event.event];
}

function eventColour(event: TimelineEvent, status: AnswerStatus | null): string {
  if (event.event === 'answered' && status) return TONE_COLOURS[ANSWER_STATUS_TAGS[status].tone];
  if (event.event === 'deferral') return event.inTime === false ? TONE_COLOURS.warn : TONE_COLOURS.info;
  if (event.event === 'term' || event.event === 'extended_term') return TONE_COLOURS.bad;
  return CHART_COLOURS.muted;
}

/**
 * One row per milestone (submitted → term → deferral → extended term → answer), each a line from the submission
 * date to its own date with the date written beside it; a dashed line marks the date the page is "as of".
 */
export function timelineChart(input: TimelineInput): ChartView {
  const start = input.events[0]?.date ?? input.asOf;
  const stillOpen = input.status !== null && UNANSWERED_STATUSES.includes(input.status);
  const rows = input.events.map((e, order) => ({
    label: eventLabel(e),
    order,
    start,
    date: e.date,
    dateText: formatLongDate(e.date),
    colour: eventColour(e, input.status),
  }));
  const y = { field: 'label', type: 'nominal', title: null, sort: null, axis: { labelLimit: 200, labelFontSize: 12 } };
  const x = {
    type: 'temporal',
    title: null,
    scale: { type: 'utc', nice: false, padding: 12 },
    axis: { format: '%-d %b %Y', labelAngle: 0, tickCount: 5, grid: true },
  };
  const asOfRule = stillOpen
    ? [
        {
          data: { values: [{ asOf: input.asOf }] },
          mark: { type: 'rule', color: CHART_COLOURS.accent, strokeDash: [3, 3], strokeWidth: 1.5 },
          encoding: { x: { ...x, field: 'asOf' } },
        },
      ]
    : [];
  // The phone drawing: the dates are in the axis and in the table; written beside each point they would not fit.
  // vega measures text without a browser (0.8 em a character), so the limits are generous and long labels wrap.
  const narrowY = { ...y, field: 'lines', axis: { labelExpr: WRAPPED_AXIS_LABELS, labelLimit: 200, labelFontSize: NARROW_FONT_SIZE, labelLineHeight: 14 } };
  const narrowX = { ...x, axis: { format: '%b %Y', labelAngle: 0, tickCount: 3, grid: true, labelFontSize: NARROW_FONT_SIZE, labelOverlap: 'greedy' } };
  const narrowSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: NARROW_WIDTH - 10,
    height: Math.max(60, rows.length * 30),
    data: { values: rows.map((r) => ({ ...r, lines: wrapLabel(r.label, 14) })) },
    layer: [
      { mark: { type: 'rule', color: '#c3cad1', strokeWidth: 3 }, encoding: { y: narrowY, x: { ...narrowX, field: 'start' }, x2: { field: 'date' } } },
      {
        mark: { type: 'point', filled: true, size: 90, opacity: 1 },
        encoding: { y: narrowY, x: { ...narrowX, field: 'date' }, color: { field: 'colour', type: 'nominal', scale: null } },
      },
      ...asOfRule.map((r) => ({ ...r, encoding: { x: { ...narrowX, field: 'asOf' } } })),
    ],
  } as unknown as TopLevelSpec;
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: CHART_WIDTH - 60,
    height: Math.max(60, rows.length * 32),
    data: { values: rows },
    layer: [
      { mark: { type: 'rule', color: '#c3cad1', strokeWidth: 3 }, encoding: { y, x: { ...x, field: 'start' }, x2: { field: 'date' } } },
      {
        mark: { type: 'point', filled: true, size: 110, opacity: 1 },
        encoding: { y, x: { ...x, field: 'date' }, color: { field: 'colour', type: 'nominal', scale: null } },
      },
      {
        mark: { type: 'text', align: 'left', dx: 9, fontSize: 12, color: '#1f2933' },
        encoding: { y, x: { ...x, field: 'date' }, text: { field: 'dateText' } },
      },
      // While unanswered the wait runs up to the page's date; once answered that date says nothing and would squeeze the rest.
      ...asOfRule,
    ],
  } as unknown as TopLevelSpec;
  return {
    id: 'tijdlijn',
    title: 'Tijdlijn',
    description: `Van indiening tot antwoord: elke regel loopt van de indieningsdatum naar de datum van de gebeurtenis.${stillOpen ? ` De blauwe stippellijn is de peildatum (${formatLongDate(input.asOf)}).` : ''}`,
    label: `Tijdlijn: ${rows.map((r) => `${r.label} ${r.dateText}`).join('; ')}.`,
    spec,
    narrowSpec,
    table: dataTable({
      id: 'tijdlijn',
      caption: 'Tijdlijn',
      columns: [column('Gebeurtenis'), column('Datum'), column('Dagen na indiening', true)],
      rows: input.events.map((e) => [cell(eventLabel(e)), cell(e.date, { datetime: e.date }), cell(input.daysAfter(e.date))]),
      emptyText: 'Geen datums bekend.',
      csvHref: input.csvHref,
    }),
  };
}
