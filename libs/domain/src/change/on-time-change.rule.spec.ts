import { describe, expect, it } from '@jest/globals';
import { DEFAULT_POLICY } from '../policy/default-policy.js';
import type { AnswerTermFacts } from '../rules/answer-term.types.js';
import { evaluateAnswerTerm } from '../rules/evaluate-answer-term.rule.js';
import { addDays } from '../rules/kamer-date.util.js';
import { compareOnTime, onTimeShares } from './on-time-change.rule.js';

const AS_OF = '2024-12-31';
const verdict = (facts: Partial<AnswerTermFacts> & { submittedOn: string }) =>
  evaluateAnswerTerm({ answeredOn: null, deferralDates: [], withdrawnOn: null, ...facts }, AS_OF, DEFAULT_POLICY);
/** n sets submitted on `day`, the first `onTime` answered after 10 days, the rest after 40 (late). */
function year(group: string, day: string, onTime: number, n: number) {
  return Array.from({ length: n }, (_, i) => [group, verdict({ submittedOn: day, answeredOn: addDays(day, i < onTime ? 10 : 40) })] as const);
}

describe('onTimeShares', () => {
  it('counts as the latency report: in the extension is on time; overdue is decided and late; open in term and withdrawn are out', () => {
    const [share] = onTimeShares([
      ['2024-2025', verdict({ submittedOn: '2024-10-01', answeredOn: '2024-10-05' })],
      ['2024-2025', verdict({ submittedOn: '2024-10-01', answeredOn: '2024-11-01', deferralDates: ['2024-10-15'] })],
      ['2024-2025', verdict({ submittedOn: '2024-10-01', answeredOn: '2024-12-01' })],
      ['2024-2025', verdict({ submittedOn: '2024-10-01' })],
      ['2024-2025', verdict({ submittedOn: '2024-12-20' })],
      ['2024-2025', verdict({ submittedOn: '2024-10-01', withdrawnOn: '2024-10-03' })],
    ]);
    expect(share).toMatchObject({ group: '2024-2025', onTime: 2, decided: 4, share: 0.5 });
    // Wilson 95 % for 2/4: 0.1500 to 0.8500.
    expect(share.interval!.low).toBeCloseTo(0.15, 4);
    expect(share.interval!.high).toBeCloseTo(0.85, 4);
  });
});

describe('compareOnTime', () => {
  it('48/80 then 56/70 (p = 0.008): sneller; the reverse: trager', () => {
    const [a, b] = onTimeShares([...year('2022-2023', '2022-10-03', 48, 80), ...year('2023-2024', '2023-10-02', 56, 70)]);
    expect(compareOnTime(a, b, 0.05)).toMatchObject({ verdict: 'sneller' });
    expect(compareOnTime(b, a, 0.05)).toMatchObject({ verdict: 'trager' });
    expect(compareOnTime(a, b, 0.05).test!.pValue).toBeCloseTo(0.00804, 4);
  });

  it('12/20 then 14/20 is noise: geen verschil aantoonbaar', () => {
    const [a, b] = onTimeShares([...year('2022-2023', '2022-10-03', 12, 20), ...year('2023-2024', '2023-10-02', 14, 20)]);
    const c = compareOnTime(a, b, 0.05);
    expect(c.verdict).toBe('geen verschil aantoonbaar');
    expect(c.test!.pValue).toBeGreaterThan(0.05);
  });

  it('a year without decided sets cannot be compared', () => {
    const [a] = onTimeShares(year('2022-2023', '2022-10-03', 5, 10));
    const empty = { group: '2023-2024', onTime: 0, decided: 0, share: null, interval: null };
    expect(compareOnTime(a, empty, 0.05)).toMatchObject({ verdict: 'geen verschil aantoonbaar', test: null });
  });
});
