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

/**
 * Median days to answer and on-time share per month of submission, in two panels over one time axis, with the
 * norms as reference lines. Months without an answered set have no median and leave a gap, not a zero.
 */
export function latencyTrendChart(months: readonly LatencyGroup[], norm: NormDays, csvHref: string): ChartView {
  const byMonth = new Map(months.map((g) => [g.group, g]));
  // Every month from the first to the last, the empty ones as nulls: the lines break there instead of bridging years.
  const values = monthRange(months.map((g) => g.group)).map((month) => {
    const g = byMonth.get(month);
    return { month: `${month}-01`, median: g?.medianDays ?? null, share: g?.shareOnTime == null ? null : g.shareOnTime * 100 };
  });
  const x = { field: 'month', type: 'temporal', timeUnit: 'utcyearmonth', title: 'Maand van indiening', scale: { type: 'utc' }, axis: { format: '%Y', labelAngle: 0, tickCount: 'year' } };
  const rules = [
    { y: norm.term, label: `norm ${norm.term} dagen` },
    { y: norm.extended, label: `na uitstel ${norm.extended} dagen` },
  ];
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
            encoding: { x: narrow ? narrowX : x, y: { field: 'median', type: 'quantitative', title: narrow ? 'Mediaan dagen' : 'Mediaan dagen tot antwoord', scale: { zero: true } } },
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
  return {
    id: 'per-maand',
    title: 'Mediaan antwoordtijd en op-tijd-aandeel per maand van indiening',
    description: `Boven: de mediaan van het aantal dagen tot antwoord, per maand van indiening; de stippellijnen zijn de norm (${norm.term} dagen) en de termijn na uitstel (${norm.extended} dagen). Onder: het aandeel op tijd beantwoord.`,
    label,
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
