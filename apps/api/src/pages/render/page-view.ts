import type { TopLevelSpec } from 'vega-lite';
import type { DataTable } from './data-table.js';

export type NavSection =
  'overzicht' | 'achterstallig' | 'vragen' | 'toezeggingen' | 'ministeries' | 'bewindspersonen' | 'kamerleden' | 'partijen' | 'redactie' | 'none';

export interface ChartView {
  id: string;
  title: string;
  /** One or two sentences under the title: what the chart shows and how to read it. */
  description: string;
  /** The SVG's aria-label: the chart's message in words. */
  label: string;
  spec: TopLevelSpec;
  /** The same chart laid out for a phone (about 300 px wide, labels wrapped, panels stacked); shown instead of spec there. */
  narrowSpec?: TopLevelSpec;
  /** The same numbers, shown behind the chart and downloadable. */
  table: DataTable;
}

export interface AlternateLink {
  type: 'text/calendar' | 'application/atom+xml';
  title: string;
  href: string;
}

/** Everything a page controller hands to the renderer: which template, its model, and the tables and charts on it. */
export interface PageView {
  template: string;
  title: string;
  description: string;
  section: NavSection;
  model: Record<string, unknown>;
  /** Every table the page shows outside charts, downloadable as `?format=csv&tabel=<id>`. */
  tables: DataTable[];
  charts: ChartView[];
  alternates: AlternateLink[];
  /** The CSV file name's stem, e.g. `achterstallig-2024-12-02`. */
  csvName: string;
}
