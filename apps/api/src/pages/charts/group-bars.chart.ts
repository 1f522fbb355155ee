import type { LatencyGroup } from '#domain';
import type { TopLevelSpec } from 'vega-lite';
import { cell, column, dataTable } from '../render/data-table.js';
import { csvNumber, formatNumber, formatShare } from '../render/dutch-format.js';
import type { ChartView } from '../render/page-view.js';
import { CHART_COLOURS, NARROW_FONT_SIZE, NARROW_WIDTH } from './chart-theme.js';
import { wrapLabel, WRAPPED_AXIS_LABELS } from './wrap-label.util.js';
import type { NormDays } from './latency-trend.chart.js';

export interface GroupBarsOptions {
  id: string;
  title: string;
  /** The table's first column: "Ministerie", "Bewindspersoon", "Vergaderjaar". */
  groupLabel: string;
  /** Keep the groups' order (periods) instead of sorting by median. */
  keepOrder: boolean;
  csvHref: string;
  /** Links for the group names in the table, when the group has a page. */
  hrefOf: (group: string) => string | null;
}

/**
 * Two bar panels side by side for groups (ministries, ministers, vergaderjaren): median days to answer with the
 * norm as a line, and the on-time share. Each bar carries its value as text, so no reader needs the axis.
 */
export function groupBarsChart(groups: readonly LatencyGroup[], norm: NormDays, options: GroupBarsOptions): ChartView {
  // Sorted here and drawn in data order (sort: null): a sort by field in several layers makes vega-lite drop it.
  const ordered = options.keepOrder ? [...groups] : [...groups].sort((a, b) => (b.medianDays ?? -1) - (a.medianDays ?? -1));
  const values = ordered.map((g) => ({
    group: g.group,
    // Long names (a minister's full post) go on two lines rather than being cut to "Minister van Justitie en Veilighei…".
    wideLines: wrapLabel(g.group, WIDE_LABEL_CHARACTERS),
    median: g.medianDays,
    medianText: g.medianDays === null ? 'geen antwoord' : formatNumber(g.medianDays),
    share: g.shareOnTime === null ? null : g.shareOnTime * 100,
    shareText: formatShare(g.shareOnTime),
  }));
  const wideLineCount = Math.max(1, ...values.map((v) => v.wideLines.split('|').length));
  const y = {
    field: 'wideLines',
    type: 'nominal',
    title: null,
    sort: null,
    // Every group keeps its row in both panels, also one with no median (nothing answered yet): without a fixed
    // domain each panel drops its own missing values and the rows of the two panels no longer line up.
    scale: { domain: values.map((v) => v.wideLines) },
    axis: { labelExpr: WRAPPED_AXIS_LABELS, labelLimit: 420, labelFontSize: 12, labelLineHeight: 14 },
  };
  const height = Math.max(60, groups.length * (12 + 14 * wideLineCount));
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { values },
    hconcat: [
      {
        width: 380,
        height,
        layer: [
          {
            mark: { type: 'bar', color: CHART_COLOURS.accent },
            encoding: { y, x: { field: 'median', type: 'quantitative', title: 'Mediaan dagen tot antwoord' } },
          },
          {
            mark: { type: 'text', align: 'left', dx: 4, fontSize: 11, color: '#1f2933' },
            encoding: { y, x: { field: 'median', type: 'quantitative' }, text: { field: 'medianText' } },
          },
          {
            data: { values: [{ norm: norm.term }] },
            mark: { type: 'rule', color: CHART_COLOURS.norm, strokeDash: [5, 4], strokeWidth: 1.5 },
            encoding: { x: { field: 'norm', type: 'quantitative' } },
          },
        ],
      },
      {
        width: 220,
        height,
        layer: [
          {
            mark: { type: 'bar', color: CHART_COLOURS.accentLight, stroke: CHART_COLOURS.accent, strokeWidth: 0.5 },
            encoding: { y: { ...y, axis: null }, x: { field: 'share', type: 'quantitative', title: 'Op tijd (%)', scale: { domain: [0, 100] } } },
          },
          {
            mark: { type: 'text', align: 'left', dx: 4, fontSize: 11, color: '#1f2933' },
            encoding: { y: { ...y, axis: null }, x: { field: 'share', type: 'quantitative' }, text: { field: 'shareText' } },
          },
        ],
      },
    ],
  } as unknown as TopLevelSpec;
  const narrowSpec = narrowGroupBars(values, norm);
  const slowest = [...groups].filter((g) => g.medianDays !== null).sort((a, b) => b.medianDays! - a.medianDays!)[0];
  const label = slowest
    ? `${options.title}. Langste mediaan: ${slowest.group}, ${formatNumber(slowest.medianDays)} dagen; norm ${norm.term} dagen.`
    : `${options.title}: nog geen beantwoorde vragen.`;
  return {
    id: options.id,
    title: options.title,
    description: `Links de mediaan van het aantal dagen tot antwoord (stippellijn: de norm van ${norm.term} dagen), rechts het aandeel dat binnen de geldende termijn is beantwoord.`,
    label,
    spec,
    narrowSpec,
    table: dataTable({
      id: options.id,
      caption: options.title,
      columns: [
        column(options.groupLabel),
        column('Vragensets', true),
        column('Beantwoord', true),
        column('Mediaan dagen', true),
        column('90e percentiel', true),
        column('Op tijd', true),
        column('Met uitstel', true),
        column('Langst open (dagen)', true),
      ],
      rows: groups.map((g) => [
        cell(g.group, { href: options.hrefOf(g.group) }),
        cell(g.count),
        cell(g.answered),
        cell(formatNumber(g.medianDays), { csv: csvNumber(g.medianDays) }),
        cell(formatNumber(g.p90Days), { csv: csvNumber(g.p90Days) }),
        cell(formatShare(g.shareOnTime), { csv: csvNumber(g.shareOnTime) }),
        cell(formatShare(g.shareWithDeferral), { csv: csvNumber(g.shareWithDeferral) }),
        cell(formatNumber(g.longestOpenDays, 0), { csv: csvNumber(g.longestOpenDays) }),
      ]),
      emptyText: 'Geen vragensets.',
      csvHref: options.csvHref,
    }),
  };
}

// Characters a line of the laptop drawing's group names may hold: vega lays out text it cannot measure (no canvas on
// the server) at 0.8 × the font size a character, so 40 at 12 px stay inside the 420 px the labels may take.
const WIDE_LABEL_CHARACTERS = 40;
// Vega's width estimate per character of a phone label (see above).
const NARROW_CHARACTER_PX = 0.8 * NARROW_FONT_SIZE;
const NARROW_LABEL_CHARACTERS = 16;

interface GroupBarValue {
  group: string;
  wideLines: string;
  median: number | null;
  medianText: string;
  share: number | null;
  shareText: string;
}

/** The phone drawing: the two panels stacked, each with the group names wrapped onto lines instead of cut off. */
function narrowGroupBars(values: readonly GroupBarValue[], norm: NormDays): TopLevelSpec {
  const rows = values.map((v) => ({ ...v, lines: wrapLabel(v.group, NARROW_LABEL_CHARACTERS) }));
  const lineCount = Math.max(1, ...rows.map((r) => r.lines.split('|').length));
  // A word longer than a line ("(Yeşilgöz-Zegerius)") widens the labels; the bars give up that room, so the drawing
  // still fits a phone without being scaled down below the font size.
  const longest = Math.max(...rows.flatMap((r) => r.lines.split('|').map((line) => line.length)));
  const plotWidth = Math.max(60, NARROW_WIDTH - 30 - Math.ceil(Math.max(0, longest - NARROW_LABEL_CHARACTERS) * NARROW_CHARACTER_PX));
  const y = {
    field: 'lines',
    type: 'nominal',
    title: null,
    sort: null,
    scale: { domain: rows.map((r) => r.lines) },
    axis: { labelExpr: WRAPPED_AXIS_LABELS, labelLimit: 200, labelFontSize: NARROW_FONT_SIZE, labelLineHeight: 14 },
  };
  const height = Math.max(50, rows.length * (12 + 14 * lineCount));
  const text = { type: 'text', align: 'left', dx: 3, fontSize: NARROW_FONT_SIZE, color: '#1f2933' };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { values: rows },
    config: { axis: { labelFontSize: NARROW_FONT_SIZE, titleFontSize: NARROW_FONT_SIZE } },
    vconcat: [
      {
        width: plotWidth,
        height,
        layer: [
          {
            mark: { type: 'bar', color: CHART_COLOURS.accent },
            encoding: { y, x: { field: 'median', type: 'quantitative', title: 'Mediaan dagen', axis: { tickCount: 3 } } },
          },
          { mark: text, encoding: { y, x: { field: 'median', type: 'quantitative' }, text: { field: 'medianText' } } },
          {
            data: { values: [{ norm: norm.term }] },
            mark: { type: 'rule', color: CHART_COLOURS.norm, strokeDash: [5, 4], strokeWidth: 1.5 },
            encoding: { x: { field: 'norm', type: 'quantitative' } },
          },
        ],
      },
      {
        width: plotWidth,
        height,
        layer: [
          {
            mark: { type: 'bar', color: CHART_COLOURS.accentLight, stroke: CHART_COLOURS.accent, strokeWidth: 0.5 },
            encoding: { y, x: { field: 'share', type: 'quantitative', title: 'Op tijd (%)', scale: { domain: [0, 100] }, axis: { tickCount: 3 } } },
          },
          { mark: text, encoding: { y, x: { field: 'share', type: 'quantitative' }, text: { field: 'shareText' } } },
        ],
      },
    ],
  } as unknown as TopLevelSpec;
}

/** The chart every profile page shows per vergaderjaar: its groups oldest first, as the reports give them, drawn newest first. */
export function vergaderjaarBarsChart(byVergaderjaar: readonly LatencyGroup[], norm: NormDays, csvHref: string): ChartView {
  return groupBarsChart([...byVergaderjaar].reverse(), norm, {
    id: 'per-vergaderjaar',
    title: 'Mediaan antwoordtijd en op-tijd-aandeel per vergaderjaar',
    groupLabel: 'Vergaderjaar',
    keepOrder: true,
    csvHref,
    hrefOf: () => null,
  });
}
