import { stringify } from 'csv-stringify/sync';
import type { DataTable } from './data-table.js';

// A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection); a leading
// apostrophe makes it text. Tab and carriage return are on OWASP's list too.
const FORMULA_START = /^[=+\-@\t\r]/;

/** The byte order mark that makes Excel read the file as UTF-8 (accents in names: Yeşilgöz, Kostić). */
export const UTF8_BOM = '\ufeff';

/** A table as CSV: the column labels as header, the cells' CSV values, formula-looking cells neutralised. */
export function tableCsv(table: DataTable): string {
  const neutralise = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
  const records = table.rows.map((row) => row.map((c) => neutralise(c.csv)));
  return UTF8_BOM + stringify(records, { header: true, columns: table.columns.map((c) => neutralise(c.label)), record_delimiter: '\r\n' });
}
