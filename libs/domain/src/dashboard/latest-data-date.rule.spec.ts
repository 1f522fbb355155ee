import { describe, expect, it } from '@jest/globals';
import { latestDataDate } from './latest-data-date.rule.js';

describe('latestDataDate', () => {
  it('is the latest of the dates given, skipping the missing ones', () => {
    expect(latestDataDate(['2024-11-20', null, '2024-12-02', '2023-01-01'])).toBe('2024-12-02');
  });

  it('is null when no date is known (an empty database)', () => {
    expect(latestDataDate([null, null])).toBeNull();
  });
});
