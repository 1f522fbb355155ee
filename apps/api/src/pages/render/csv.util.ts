import { stringify } from 'csv-stringify/sync';
import type { DataTable } from './data-table.js';

/** The byte order mark that makes Excel read the file as UTF-8 (accents in names: Yeşilgöz, Kostić). */
export const UTF8_BOM = '\ufeff';

/**
 * A table as CSV: the column labels as header, the cells' CSV values. csv-stringify's escape_formulas prefixes an
 * apostrophe to a cell a spreadsheet would run as a formula (CSV injection: = + - @ tab CR, and the full-width
 * ＝ ＋ － ＠ that Excel also accepts).
 */
export function tableCsv(table: DataTable): string {
  const records = table.rows.map((row) => row.map((c) => c.csv));
  return UTF8_BOM + stringify(records, { header: true, columns: table.columns.map((c) => c.label), escape_formulas: true, record_delimiter: '\r\n' });
}
