// The public surface of libs/domain, shared by apps/api, apps/worker and apps/cli. Keep it small.
export * from './config/env.js';
export { createAppLogger } from './config/app-logger.js';
export * from './database/data-source.factory.js';
export * from './database/write-transaction.js';
export * from './policy/index.js';
export * from './rules/index.js';
export * from './ministry/ministry-catalogue.js';
export * from './ministry/ministry-from-role.util.js';
export * from './ministry/bewindspersonen.data.js';
export * from './ministry/post-on.util.js';
export * from './ministry/holder-on.util.js';
export * from './person/person-key.util.js';
export * from './import/document-import.service.js';
export * from './import/document-rejected.error.js';
export * from './import/import-limits.js';
export * from './commitment/commitment-due-dates.js';
export { QuestionSetEntity } from './question-set/question-set.entity.js';
export { CommitmentEntity, CommitmentEventEntity } from './commitment/commitment.entity.js';
export { DomainModule } from './nest/domain.module.js';
export { NotificationModule, type NotificationModuleOptions } from './nest/notification.module.js';
export * from './queue/index.js';
export * from './mail/index.js';
export * from './subscription/index.js';
export * from './alert/index.js';
export * from './digest/index.js';
export * from './inbox/index.js';
export { ENV, POLICY } from './nest/domain.tokens.js';
export * from './sync/open-data-sync.service.js';
export { ODataClient, SyncError, DEFAULT_ODATA_CLIENT_OPTIONS, odataClientOptions, type ODataClientOptions } from './sync/odata-client.js';
export { DocumentTextSync, textBacklog, MAX_TEXT_ATTEMPTS, type TextReport } from './sync/document-text.sync.js';
export {
  extractFileText,
  FileTextError,
  DEFAULT_FILE_TEXT_LIMITS,
  PDF_CONTENT_TYPE,
  DOCX_CONTENT_TYPE,
  type FileTextLimits,
} from './file-text/file-text.extractor.js';
export { orderedAddressees } from './sync/official-people.js';
export { createOpenDataSync } from './sync/open-data-sync.factory.js';
export { dataCurrentUntil, syncStatus, SYNC_FEEDS, type SyncStatus, type FeedStatus } from './sync/sync-status.js';
export * from './common/domain-errors.js';
export { DataVersionRepository } from './common/data-version.repository.js';
export * from './commitment/commitment.service.js';
export type { CommitmentView, CommitmentHistoryEntry } from './commitment/commitment-view.js';
export * from './commitment/rules/commitment-status.rule.js';
export { COMMITMENT_SORTS, type CommitmentSort } from './commitment/commitment-query.repository.js';
export * from './api-key/index.js';
export * from './report/index.js';
export { ensureAnswerTermProjection, rebuildAnswerTermProjection, refreshAnswerTermProjection, termPolicyKey } from './answer-term-projection/index.js';
export { QuestionQueryService, QUESTION_SORTS, type QuestionListQuery, type QuestionSort } from './question-set/question-query.service.js';
export type { AnswerTermView, MinistryRef, QuestionDetail, QuestionListItem, QuestionListPage, QuestionStatusView } from './question-set/question-view.js';
export type { PersonRef } from './question-set/question-query.repository.js';
export type { TimelineEvent, TimelineEventKind } from './question-set/question-timeline.util.js';
export { SourceDocumentService } from './source-document/source-document.service.js';
export type { StoredOriginal } from './source-document/source-document.repository.js';
export * from './dashboard/index.js';
export * from './editor-session/index.js';
export { ReviewQueueService, type ReviewScope } from './commitment/review-queue.service.js';
export * from './forecast/index.js';
export * from './change/index.js';
export * from './bewindspersoon/index.js';
