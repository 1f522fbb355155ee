import { describe, expect, it } from '@jest/globals';
import { tableCsv, UTF8_BOM } from './csv.util.js';
import { cell, column, dataTable } from './data-table.js';

function table(values: string[]) {
  return dataTable({
    id: 't',
    caption: 'T',
    columns: [column('Naam'), column('Aantal', true)],
    rows: values.map((v) => [cell(v), cell(1)]),
    emptyText: '',
    csvHref: '',
  });
}

describe('tableCsv', () => {
  it('starts with a byte order mark, writes the column labels as header and CRLF line ends', () => {
    const csv = tableCsv(table(['Kostić']));
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('Naam,Aantal\r\nKostić,1\r\n');
  });

  it('prefixes an apostrophe to cells a spreadsheet would run as a formula, and quotes as RFC 4180 says', () => {
    const lines = tableCsv(table(['=HYPERLINK("http://x")', '+31', '-2', '@SUM(A1)', 'Landbouw, Natuur']))
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .slice(1);
    expect(lines).toEqual([`"'=HYPERLINK(""http://x"")",1`, "'+31,1", "'-2,1", "'@SUM(A1),1", '"Landbouw, Natuur",1']);
  });

  // Issue 14: the hand-written guard let the full-width ＝HYPERLINK(…) through, which Excel runs as a formula too.
  it('neutralises the full-width formula signs as well', () => {
    const lines = tableCsv(table(['＝HYPERLINK("http://x")', '＋31', '＠SUM(A1)', '\tx']))
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .slice(1);
    expect(lines).toEqual([`"'＝HYPERLINK(""http://x"")",1`, "'＋31,1", "'＠SUM(A1),1", "'\tx,1"]);
  });

  it("uses a cell's CSV value where it differs from the text shown", () => {
    const t = dataTable({ id: 't', caption: 'T', columns: [column('Op tijd', true)], rows: [[cell('33%', { csv: '0.333' })]], emptyText: '', csvHref: '' });
    expect(tableCsv(t).slice(1)).toBe('Op tijd\r\n0.333\r\n');
  });
});
