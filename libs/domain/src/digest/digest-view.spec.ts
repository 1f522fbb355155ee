import { describe, expect, it } from '@jest/globals';
import { DEFAULT_POLICY } from '../policy/default-policy.js';
import { evaluateAnswerTerm } from '../rules/evaluate-answer-term.rule.js';
import { digestPeriod } from './digest-period.util.js';
import { buildDigestView, type DigestSet } from './digest-view.js';

function overdueSet(key: string, ministerLabels: string[]): DigestSet {
  const facts = { submittedOn: '2021-11-09', answeredOn: null, withdrawnOn: null, deferralDates: [] };
  return { key, zaak: key, title: key, ministerLabel: ministerLabels[0] ?? null, ministerLabels, submittedOn: facts.submittedOn, answeredOn: null, verdict: evaluateAnswerTerm(facts, '2022-02-21', DEFAULT_POLICY) };
}

describe('buildDigestView', () => {
  it('lists a set under each minister who must answer, counts it once, and puts sets naming nobody last, with the reason', () => {
    const view = buildDigestView(
      {
        period: digestPeriod('weekly', '2022-02-21'),
        asOf: '2022-02-21',
        since: '2022-02-14',
        overdue: [
          overdueSet('2021Z19796', ['Minister van Justitie en Veiligheid (Grapperhaus)', 'Minister van Economische Zaken (Blok)']),
          overdueSet('2021Z00001', ['Minister van Justitie en Veiligheid (Grapperhaus)']),
          overdueSet('2021Z00002', []),
        ],
        answered: [],
        commitments: [],
        questionSetUrl: (key) => `https://example.test/vragen/${key}`,
      },
      DEFAULT_POLICY,
    );
    expect(view.overdueCount).toBe(3);
    expect(view.overdueGroups.map((g) => [g.minister, g.items.map((i) => i.zaak)])).toEqual([
      ['Minister van Justitie en Veiligheid (Grapperhaus)', ['2021Z00001', '2021Z19796']],
      ['Minister van Economische Zaken (Blok)', ['2021Z19796']],
      [expect.stringMatching(/^Adressaat nog onbekend \(de documenten noemen er geen; termijnwacht sync/), ['2021Z00002']],
    ]);
    expect(JSON.stringify(view)).not.toContain('Onbekend');
  });
});
