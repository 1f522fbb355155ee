export { OnTimeChangeService, UNATTRIBUTED, type OnTimeChange, type PartyOnTimeChange } from './on-time-change.service.js';
export {
  attributeResponsible,
  attributeToBewindspersoon,
  attributionDay,
  type AttributableSet,
  type BewindspersoonPeriod,
  type ResponsibleOfSet,
} from './attribute-bewindspersoon.rule.js';
export { compareOnTime, onTimeShares, type ChangeVerdict, type OnTimeComparison, type OnTimeShare } from './on-time-change.rule.js';
export { twoProportionTest, wilsonInterval, type Interval, type TwoProportionTest } from './proportion.rule.js';
export { CommitmentsKeptService, type CommitmentsKeptReport } from './commitments-kept.service.js';
export { tallyCommitments, type CommitmentRecord, type CommitmentsKept } from './commitments-kept.rule.js';
