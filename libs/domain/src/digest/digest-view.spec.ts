import { describe, expect, it } from '@jest/globals';
import type { AnswerForecastView } from '../forecast/forecast-view.js';
import { DEFAULT_POLICY } from '../policy/default-policy.js';
import { evaluateAnswerTerm } from '../rules/evaluate-answer-term.rule.js';
import { digestPeriod } from './digest-period.util.js';
import { buildDigestView, expectedLabel, type DigestSet } from './digest-view.js';

const FORECAST: AnswerForecastView = {
  asOf: '2024-03-25',
  daysOpen: 24,
  deferred: false,
  basis: 'ministry',
  comparableSets: 31,
  expectedOn: '2024-04-10',
  interval: { level: 0.8, from: '2024-03-29', to: '2024-04-22' },
  term: '2024-03-22',
  probabilityWithinTerm: 0,
  verdict: 'calibrated',
  calibration: null,
};

describe('expectedLabel', () => {
  it('"verwacht rond …" with the interval; nothing without a forecast; a forecast whose backtest is off says so', () => {
    expect(expectedLabel(FORECAST)).toBe('verwacht rond 10 april 2024 (80%: 29 maart 2024 – 22 april 2024)');
    expect(expectedLabel({ ...FORECAST, interval: { ...FORECAST.interval!, to: null } })).toBe('verwacht rond 10 april 2024 (80%: 29 maart 2024 – later)');
    expect(expectedLabel({ ...FORECAST, verdict: 'off' })).toBe('geen verwachting: de terugtoets van de voorspelling wijkt af');
    expect(expectedLabel({ ...FORECAST, verdict: 'insufficient', expectedOn: null })).toBeNull();
    expect(expectedLabel(null)).toBeNull();
  });

  it('reaches the digest items of overdue sets', () => {
    const facts = { submittedOn: '2024-03-01', answeredOn: null, deferralDates: [] };
    const view = buildDigestView(
      {
        period: digestPeriod('weekly', '2024-03-25'),
        asOf: '2024-03-25',
        since: '2024-03-18',
        overdue: [
          {
            key: 'k',
            zaak: '2024Z90001',
            title: 't',
            ministerLabel: 'M',
            submittedOn: '2024-03-01',
            answeredOn: null,
            verdict: evaluateAnswerTerm(facts, '2024-03-25', DEFAULT_POLICY),
            forecast: FORECAST,
          },
        ],
        answered: [],
        commitments: [],
        questionSetUrl: (key) => `http://x/${key}`,
      },
      DEFAULT_POLICY,
    );
    expect(view.overdueGroups[0].items[0].expected).toBe('verwacht rond 10 april 2024 (80%: 29 maart 2024 – 22 april 2024)');
  });
});

function overdueSet(key: string, ministerLabels: string[]): DigestSet {
  const facts = { submittedOn: '2021-11-09', answeredOn: null, withdrawnOn: null, deferralDates: [] };
  return {
    key,
    zaak: key,
    title: key,
    ministerLabel: ministerLabels[0] ?? null,
    ministerLabels,
    submittedOn: facts.submittedOn,
    answeredOn: null,
    verdict: evaluateAnswerTerm(facts, '2022-02-21', DEFAULT_POLICY),
  };
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
