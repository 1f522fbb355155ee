import type { LatencyGroup } from '#domain';
import type { TopLevelSpec } from 'vega-lite';
import { cell, column, dataTable } from '../render/data-table.js';
import { csvNumber, formatNumber, formatShare } from '../render/dutch-format.js';
import type { ChartView } from '../render/page-view.js';
import { CHART_COLOURS, CHART_WIDTH, NARROW_FONT_SIZE, NARROW_WIDTH } from './chart-theme.js';

export interface NormDays {
  term: number;
  extended: number;
}

/** A vertical line on the time axis with a name: where a new bewindspersoon took the post (a ministry's page). */
export interface TrendMarker {
  date: string;
  /** The full name; a phone shows the part after the given name. */
  label: string;
}

// Dark enough on white for text (6:1), lighter than the data lines.
const MARKER_INK = '#52606d';
const MARKER_FONT_SIZE = 11;

/** The first month of each marker inside the charted months, with its label; on a phone only labels that do not touch the one before. */
function markerValues(markers: readonly TrendMarker[], months: readonly string[], width: number, narrow: boolean) {
  if (months.length === 0) return [];
  const first = months[0];
  const last = months[months.length - 1];
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  const pxPerMonth = width / months.length;
  const fontSize = narrow ? NARROW_FONT_SIZE : MARKER_FONT_SIZE;
  let lastLabelled: number | null = null;
  return markers
    .filter((m) => m.date.slice(0, 7) > first && m.date.slice(0, 7) <= last)
    .map((m) => {
      const at = index(m.date.slice(0, 7));
      // Labels run along their line: two closer than a line of text would overlap, so the later one is left out.
      const showLabel = lastLabelled === null || (at - lastLabelled) * pxPerMonth >= fontSize + 3;
      if (showLabel) lastLabelled = at;
      return { date: `${m.date.slice(0, 7)}-01`, label: narrow ? m.label.split(' ').slice(1).join(' ') || m.label : m.label, showLabel };
    });
}

/**
 * Median days to answer and on-time share per month of submission, in two panels over one time axis, with the
 * norms as reference lines. Months without an answered set have no median and leave a gap, not a zero.
 */
export function latencyTrendChart(months: readonly LatencyGroup[], norm: NormDays, csvHref: string, markers: readonly TrendMarker[] = []): ChartView {
  const byMonth = new Map(months.map((g) => [g.group, g]));
  // Every month from the first to the last, the empty ones as nulls: the lines break there instead of bridging years.
  const values = monthRange(months.map((g) => g.group)).map((month) => {
    const g = byMonth.get(month);
    return { month: `${month}-01`, median: g?.medianDays ?? null, share: g?.shareOnTime == null ? null : g.shareOnTime * 100 };
  });
  const x = {
    field: 'month',
    type: 'temporal',
    timeUnit: 'utcyearmonth',
    title: 'Maand van indiening',
    scale: { type: 'utc' },
    axis: { format: '%Y', labelAngle: 0, tickCount: 'year' },
  };
  const rules = [
    { y: norm.term, label: `norm ${norm.term} dagen` },
    { y: norm.extended, label: `na uitstel ${norm.extended} dagen` },
  ];
  const monthList = values.map((v) => v.month.slice(0, 7));
  const markerLayers = (width: number, narrow: boolean) => {
    const marks = markerValues(markers, monthList, width, narrow);
    if (marks.length === 0) return [];
    const mx = { ...(narrow ? narrowX : x), field: 'date' };
    return [
      { data: { values: marks }, mark: { type: 'rule', color: MARKER_INK, strokeDash: [2, 3] }, encoding: { x: mx } },
      {
        data: { values: marks.filter((m) => m.showLabel) },
        mark: {
          type: 'text',
          color: MARKER_INK,
          angle: 270,
          align: 'right',
          baseline: 'bottom',
          dx: -4,
          dy: -3,
          fontSize: narrow ? NARROW_FONT_SIZE : MARKER_FONT_SIZE,
        },
        encoding: { x: mx, y: { value: 0 }, text: { field: 'label' } },
      },
    ];
  };
  const specFor = (width: number, narrow: boolean) => ({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { values },
    ...(narrow ? { config: { axis: { labelFontSize: NARROW_FONT_SIZE, titleFontSize: NARROW_FONT_SIZE } } } : {}),
    vconcat: [
      {
        width,
        height: 200,
        layer: [
          {
            mark: { type: 'line', point: { filled: true, size: 40 }, color: CHART_COLOURS.accent, strokeWidth: 2 },
            encoding: {
              x: narrow ? narrowX : x,
              y: { field: 'median', type: 'quantitative', title: narrow ? 'Mediaan dagen' : 'Mediaan dagen tot antwoord', scale: { zero: true } },
            },
          },
          {
            data: { values: rules },
            mark: { type: 'rule', color: CHART_COLOURS.norm, strokeDash: [5, 4] },
            encoding: { y: { field: 'y', type: 'quantitative' } },
          },
          {
            data: { values: rules },
            mark: { type: 'text', color: CHART_COLOURS.norm, align: 'left', dx: 4, dy: -6, fontSize: narrow ? NARROW_FONT_SIZE : 11 },
            encoding: { y: { field: 'y', type: 'quantitative' }, x: { value: 0 }, text: { field: 'label' } },
          },
          ...markerLayers(width, narrow),
        ],
      },
      {
        width,
        height: 130,
        mark: { type: 'line', point: { filled: true, size: narrow ? 20 : 40 }, color: '#2f8f4e', strokeWidth: 2 },
        encoding: { x: narrow ? narrowX : x, y: { field: 'share', type: 'quantitative', title: 'Op tijd (%)', scale: { domain: [0, 100] } } },
      },
    ],
  });
  // On a phone: fewer year ticks, so the labels keep their size instead of crowding.
  const narrowX = { ...x, title: 'Maand van indiening', axis: { format: '%Y', labelAngle: 0, tickCount: 4, labelOverlap: 'greedy' } };
  const spec = specFor(CHART_WIDTH, false) as unknown as TopLevelSpec;
  const narrowSpec = specFor(NARROW_WIDTH + 70, true) as unknown as TopLevelSpec;
  const answered = months.filter((g) => g.medianDays !== null);
  const label =
    answered.length === 0
      ? 'Nog geen beantwoorde vragen om een mediaan over te berekenen.'
      : `Mediaan dagen tot antwoord per maand: van ${formatNumber(Math.min(...answered.map((g) => g.medianDays!)))} tot ${formatNumber(Math.max(...answered.map((g) => g.medianDays!)))} dagen, tegen een norm van ${norm.term} dagen.`;
  const inRange = markerValues(markers, monthList, CHART_WIDTH, false);
  // In words too: a phone leaves out a label that would touch the one before.
  const markerNames = markers.filter((m) => inRange.some((v) => v.date.slice(0, 7) === m.date.slice(0, 7))).map((m) => `${m.label} (${m.date})`);
  return {
    id: 'per-maand',
    title: 'Mediaan antwoordtijd en op-tijd-aandeel per maand van indiening',
    description: `Boven: de mediaan van het aantal dagen tot antwoord, per maand van indiening; de stippellijnen zijn de norm (${norm.term} dagen) en de termijn na uitstel (${norm.extended} dagen)${markerNames.length > 0 ? `; de grijze verticale lijnen markeren een nieuwe minister: ${markerNames.join(', ')}` : ''}. Onder: het aandeel op tijd beantwoord.`,
    label: markerNames.length > 0 ? `${label} Nieuwe minister: ${markerNames.join(', ')}.` : label,
    spec,
    narrowSpec,
    table: dataTable({
      id: 'per-maand',
      caption: 'Per maand van indiening',
      columns: [column('Maand'), column('Vragensets', true), column('Beantwoord', true), column('Mediaan dagen', true), column('Op tijd', true)],
      rows: months.map((g) => [
        cell(g.group),
        cell(g.count),
        cell(g.answered),
        cell(formatNumber(g.medianDays), { csv: csvNumber(g.medianDays) }),
        cell(formatShare(g.shareOnTime), { csv: csvNumber(g.shareOnTime) }),
      ]),
      emptyText: 'Geen vragensets in deze periode.',
      csvHref,
    }),
  };
}

/** 'YYYY-MM' from the earliest to the latest month given, inclusive. */
function monthRange(months: readonly string[]): string[] {
  if (months.length === 0) return [];
  const sorted = [...months].sort();
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const range: string[] = [];
  for (let i = index(sorted[0]); i <= index(sorted[sorted.length - 1]); i += 1) range.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  return range;
}
