export { OnTimeChangeService, type OnTimeChange } from './on-time-change.service.js';
export { compareOnTime, onTimeShares, type ChangeVerdict, type OnTimeComparison, type OnTimeShare } from './on-time-change.rule.js';
export { twoProportionTest, wilsonInterval, type Interval, type TwoProportionTest } from './proportion.rule.js';
