import { describe, expect, it } from '@jest/globals';
import { latencyReportCsv } from './latency-csv.util.js';
import type { LatencyGroup, LatencyReport } from './report-view.js';

function group(overrides: Partial<LatencyGroup>): LatencyGroup {
  return {
    group: 'Financiën',
    count: 2,
    answered: 1,
    medianDays: 28,
    meanDays: 28,
    p90Days: 28,
    shareOnTime: 0,
    shareWithDeferral: 0.5,
    shareDeferralsInTime: 1,
    longestOpenDays: null,
    ...overrides,
  };
}

function report(groups: LatencyGroup[]): LatencyReport {
  return { asOf: '2022-03-01', groupBy: 'minister', from: null, to: null, groups, unknownAddressee: null };
}

describe('latencyReportCsv', () => {
  it('writes a header with the JSON field names and empty cells for null', () => {
    const lines = latencyReportCsv(report([group({})]))
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('\ufeffgroup,count,answered,medianDays,meanDays,p90Days,shareOnTime,shareWithDeferral,shareDeferralsInTime,longestOpenDays');
    expect(lines[1]).toBe('Financiën,2,1,28,28,28,0,0.5,1,');
  });

  it('quotes commas and neutralises cells a spreadsheet would run as a formula', () => {
    const csv = latencyReportCsv(
      report([group({ group: '=HYPERLINK("x")' }), group({ group: '@SUM(A1)' }), group({ group: 'Minister van Landbouw, Natuur' }), group({ group: '-1+2' })]),
    );
    const rows = csv
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((r) => r.split(',')[0]);
    expect(rows[0]).toBe(`"'=HYPERLINK(""x"")"`);
    expect(rows[1]).toBe("'@SUM(A1)");
    expect(rows[2]).toBe('"Minister van Landbouw');
    expect(rows[3]).toBe("'-1+2");
  });
});
