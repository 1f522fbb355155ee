import { stringify } from 'csv-stringify/sync';
import { LATENCY_COLUMNS, type LatencyReport } from './report-view.js';

/** The byte order mark that makes Excel read the file as UTF-8 (ministers' names: Yeşilgöz, Kostić), as the pages' CSVs have. */
const UTF8_BOM = '\ufeff';

/**
 * The latency report as CSV: a header row with the JSON field names, one row per group, empty cells for null.
 * csv-stringify's escape_formulas prefixes an apostrophe to a cell a spreadsheet would run as a formula (= + - @ tab
 * CR, and their full-width forms such as ＝HYPERLINK, which Excel also takes as formulas).
 */
export function latencyReportCsv(report: LatencyReport): string {
  return (
    UTF8_BOM +
    stringify(
      report.groups.map((g) => LATENCY_COLUMNS.map((c) => g[c])),
      { header: true, columns: [...LATENCY_COLUMNS], escape_formulas: true, record_delimiter: '\r\n' },
    )
  );
}
