export { DigestRunService, type DigestRunResult } from './digest-run.service.js';
export { digestPeriod, isoWeek, type DigestPeriod } from './digest-period.util.js';
export { buildDigestView, type DigestView } from './digest-view.js';
