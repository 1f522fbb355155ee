import type { Policy } from './policy.js';
import { RECESS_PERIODS } from './recess-periods.js';

/** The norms of the Reglement van Orde and the product's defaults. Frozen: build a changed copy with buildPolicy(). */
export const DEFAULT_POLICY: Policy = Object.freeze({
  timeZone: 'Europe/Amsterdam',
  answerTermDays: 21,
  deferralExtensionDays: 21,
  // No source says a recess pauses the three weeks; the Kamer's Monday list counts straight through recesses.
  pauseDuringRecess: false,
  recesses: RECESS_PERIODS,
  dueSoonDays: 3,
  alertLookbackDays: 7,
  commitmentDefaultHorizonDays: 90,
  forecast: Object.freeze({ minimumAtRisk: 30, intervalLevel: 0.8, coverageLow: 0.75, coverageHigh: 0.85, minimumScored: 50 }),
  changeSignificanceLevel: 0.05,
  schedules: Object.freeze({
    alertSweep: '0 * * * *',
    openDataSync: '*/15 * * * *',
    weeklyDigest: '0 8 * * 1',
    dailyDigest: '0 8 * * *',
  }),
});
