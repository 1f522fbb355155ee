import type { StatusTag } from './status-labels.js';

// One table model feeds both the HTML table and its CSV download, so the two cannot disagree.

export interface TableColumn {
  label: string;
  /** Right-aligned, tabular figures. */
  numeric: boolean;
  /** Running text (a title, a sentence): given room to wrap instead of squeezing the other columns. */
  wide: boolean;
}

export interface TableCell {
  text: string;
  /** The cell's value in the CSV when it differs from the text shown (e.g. 0.25 for "25%"). */
  csv: string;
  href: string | null;
  status: StatusTag | null;
  /** An ISO date for <time datetime>. */
  datetime: string | null;
  /** The column's CSS class ('num', 'wide' or ''), set by dataTable(). */
  className: string;
  /** The column's label, set by dataTable(): on a phone each row is a card and every value says what it is. */
  columnLabel: string;
}

export interface DataTable {
  /** Names the table in `?format=csv&tabel=<id>`. */
  id: string;
  caption: string;
  columns: (TableColumn & { className?: string })[];
  rows: TableCell[][];
  /** Shown instead of an empty body. */
  emptyText: string;
  csvHref: string;
}

export function cell(text: string | number | null | undefined, options: Partial<Omit<TableCell, 'text'>> = {}): TableCell {
  const shown = text === null || text === undefined ? '' : String(text);
  return {
    text: shown,
    csv: options.csv ?? shown,
    href: options.href ?? null,
    status: options.status ?? null,
    datetime: options.datetime ?? null,
    className: '',
    columnLabel: '',
  };
}

export function dateCell(date: string | null): TableCell {
  return cell(date ?? '', { datetime: date });
}

export function statusCell(tag: StatusTag): TableCell {
  return cell(tag.label, { status: tag });
}

export function column(label: string, numeric = false): TableColumn {
  return { label, numeric, wide: false };
}

export function wideColumn(label: string): TableColumn {
  return { label, numeric: false, wide: true };
}

function classOf(c: TableColumn | undefined): string {
  return c?.numeric ? 'num' : c?.wide ? 'wide' : '';
}

/** A table whose cells know their column's alignment. */
export function dataTable(table: Omit<DataTable, 'rows'> & { rows: TableCell[][] }): DataTable {
  const rows = table.rows.map((row) => row.map((c, i) => ({ ...c, className: classOf(table.columns[i]), columnLabel: table.columns[i]?.label ?? '' })));
  return { ...table, columns: table.columns.map((c) => ({ ...c, className: classOf(c) })), rows };
}
