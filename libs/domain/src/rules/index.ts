export * from './kamer-date.util.js';
export { kamerDateOf } from './kamer-date-of.util.js';
export { isRecessDay, addCountedDays } from './recess-calendar.util.js';
export * from './answer-term.types.js';
export { term, extendedTerm, eventCutoff, assertAnswerTermFacts } from './answer-term.rule.js';
export { statusAsOf, isWithdrawnAsOf } from './answer-status.rule.js';
export { evaluateAnswerTerm, deferralsAsOf } from './evaluate-answer-term.rule.js';
export {
  emptyTally,
  mean,
  median,
  mergeTally,
  percentile,
  percentileOfCounts,
  summariseLatency,
  summariseTally,
  summariseVerdicts,
  tallyVerdicts,
  type LatencySummary,
  type LatencyTally,
} from './latency-stats.rule.js';
export { resolveDue, type DueDateResolution } from './commitment-due-date.rule.js';
