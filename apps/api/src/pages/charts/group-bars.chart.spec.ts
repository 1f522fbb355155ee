import { describe, expect, it } from '@jest/globals';
import type { LatencyGroup } from '#domain';
import { ChartRenderer } from '../render/chart-renderer.js';
import { groupBarsChart } from './group-bars.chart.js';

function group(name: string, medianDays: number | null, shareOnTime: number | null): LatencyGroup {
  return {
    group: name,
    count: 2,
    answered: medianDays === null ? 0 : 2,
    medianDays,
    meanDays: medianDays,
    p90Days: medianDays,
    shareOnTime,
    shareWithDeferral: 0,
    shareDeferralsInTime: null,
    longestOpenDays: null,
  };
}

const OPTIONS = { id: 'x', title: 'Per ministerie', groupLabel: 'Ministerie', keepOrder: false, csvHref: '/x', hrefOf: () => null };

describe('groupBarsChart', () => {
  it('keeps a group with no median on its own row in both panels, slowest first', async () => {
    const chart = groupBarsChart([group('Financiën', 30, 0.5), group('Defensie', null, 0), group('Justitie', 50, 0)], { term: 21, extended: 42 }, OPTIONS);
    const svg = await new ChartRenderer().render(chart.spec, chart.label);
    const labels = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels.filter((l) => ['Financiën', 'Defensie', 'Justitie'].includes(l))).toEqual(['Justitie', 'Financiën', 'Defensie']);
    expect(labels).toEqual(expect.arrayContaining(['50', '30', '50%', '0%']));
    expect(chart.table.rows.map((r) => r[0].text)).toEqual(['Financiën', 'Defensie', 'Justitie']);
    expect(svg.startsWith('<svg role="img" aria-label="Per ministerie. Langste mediaan: Justitie, 50 dagen; norm 21 dagen."')).toBe(true);
  });
});
