import { stringify } from 'csv-stringify/sync';
import { LATENCY_COLUMNS, type LatencyReport } from './report-view.js';

// A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection); a leading
// apostrophe makes it text. Tab and carriage return are on OWASP's list too.
const FORMULA_START = /^[=+\-@\t\r]/;

function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The latency report as CSV: a header row with the JSON field names, one row per group, empty cells for null. */
export function latencyReportCsv(report: LatencyReport): string {
  return stringify(
    report.groups.map((g) => LATENCY_COLUMNS.map((c) => g[c])),
    { header: true, columns: [...LATENCY_COLUMNS], cast: { string: neutralise }, record_delimiter: '\r\n' },
  );
}
