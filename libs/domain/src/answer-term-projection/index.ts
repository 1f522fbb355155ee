export { AnswerTermProjectionEntity, AnswerTermProjectionPartyEntity, AnswerTermProjectionPolicyEntity } from './answer-term-projection.entity.js';
export { rebuildAnswerTermProjection, refreshAnswerTermProjection } from './answer-term-projection.maintenance.js';
export { ensureAnswerTermProjection } from './ensure-answer-term-projection.js';
export { projectAnswerTerm, type AnswerTermProjection, type ProjectionSource } from './project-answer-term.util.js';
export { termPolicyKey } from './term-policy.util.js';
