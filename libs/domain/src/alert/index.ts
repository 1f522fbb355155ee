export { AlertEntity } from './alert.entity.js';
export { AlertSweepService, type AlertSweepResult } from './alert-sweep.service.js';
export { alertIdempotencyKey } from './alert.repository.js';
export { ALERT_RULE_NAMES, questionSetAlerts, commitmentAlerts, type AlertCandidate, type AlertRuleName } from './rules/index.js';
