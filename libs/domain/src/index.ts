// The public surface of libs/domain, shared by apps/api, apps/worker, apps/cli and the tests: only what they import.
// Each name is listed from the file that defines it, so an unused export shows up as a line nobody needs.
export { type AlertSweepResult, AlertSweepService } from './alert/alert-sweep.service.js';
export { ALERT_RULE_NAMES } from './alert/rules/alert-rule.types.js';
export { rebuildAnswerTermProjection, refreshAnswerTermProjection } from './answer-term-projection/answer-term-projection.maintenance.js';
export { API_KEY_ROLES, type ApiKeyRole } from './api-key/api-key.entity.js';
export { type ApiKeyPrincipal, ApiKeyService, type ApiKeyView, type CreatedApiKey, hashApiKey } from './api-key/api-key.service.js';
export { type BewindspersoonEntry, bewindspersoonSlugAt, bewindspersoonSlugOf, headsOfMinistry } from './bewindspersoon/bewindspersoon-directory.util.js';
export { type BewindspersoonListItem, BewindspersoonService, type BewindspersoonTenure } from './bewindspersoon/bewindspersoon.service.js';
export { type CommitmentsKept } from './change/commitments-kept.rule.js';
export { type CommitmentsKeptReport, CommitmentsKeptService } from './change/commitments-kept.service.js';
export { type OnTimeComparison, type OnTimeShare } from './change/on-time-change.rule.js';
export { type OnTimeChange, OnTimeChangeService, type PartyOnTimeChange } from './change/on-time-change.service.js';
export { parseWithDueDates } from './commitment/commitment-due-dates.js';
export { COMMITMENT_SORTS, type CommitmentSort } from './commitment/commitment-query.repository.js';
export { type CommitmentHistoryEntry, type CommitmentView } from './commitment/commitment-view.js';
export { type CommitmentChange, CommitmentService } from './commitment/commitment.service.js';
export { ReviewQueueService, type ReviewScope } from './commitment/review-queue.service.js';
export { COMMITMENT_STATUSES, type CommitmentStatus } from './commitment/rules/commitment-status.rule.js';
export { DataVersionRepository } from './common/data-version.repository.js';
export { InvalidInputError, NotFoundError } from './common/domain-errors.js';
export { createAppLogger } from './config/app-logger.js';
export { type Env, EnvError, getEnv, readEnv } from './config/env.js';
export { type FilterOptions, type LatencyProfile, type MemberView, type MinistryView, type OverdueEvent, type TermEvent } from './dashboard/dashboard-view.js';
export { type DataExtent, DataExtentService, STALE_AFTER_DAYS } from './dashboard/data-extent.service.js';
export { DirectoryService } from './dashboard/directory.service.js';
export { LatencyProfileService } from './dashboard/latency-profile.service.js';
export { PUBLIC_FILTER_KEYS, type PublicQuestionFilter } from './dashboard/public-filter.js';
export { TermFeedService } from './dashboard/term-feed.service.js';
export { openDataSource, runMigrations } from './database/data-source.factory.js';
export { writeTransaction } from './database/write-transaction.js';
export { type DigestRunResult, DigestRunService } from './digest/digest-run.service.js';
export { csrfMatches, EDITOR_SESSION_HOURS, type EditorSession, EditorSessionService } from './editor-session/editor-session.service.js';
export { DOCX_CONTENT_TYPE, PDF_CONTENT_TYPE } from './file-text/file-text.extractor.js';
export { type AnswerForecastView, type ForecastCalibrationReport } from './forecast/forecast-view.js';
export { ForecastService } from './forecast/forecast.service.js';
export { DocumentImportService, type ImportOutcome, type ImportOutcomeKind, questionSetKey } from './import/document-import.service.js';
export { DocumentRejectedError } from './import/document-rejected.error.js';
export { MAX_DOCUMENT_BYTES, MAX_SYNC_IMPORT_BYTES } from './import/import-limits.js';
export { ParseAhead } from './import/parse-ahead.js';
export { DocumentInboxService, type InboxState } from './inbox/document-inbox.service.js';
export { type AcceptedDocument, DocumentIntake } from './inbox/document-intake.js';
export { dutchDate } from './mail/format-dutch-date.js';
export { MailAdminService } from './mail/mail-admin.service.js';
export { MailComposer } from './mail/mail-composer.js';
export { MailLinks } from './mail/mail-links.js';
export { MAIL_STATUSES, type MailStatus } from './mail/mail-outbox.entity.js';
export { type MailSendResult, MailSendService, PermanentMailError } from './mail/mail-send.service.js';
export { MailTemplates } from './mail/mail-templates.js';
export { type Bewindspersoon } from './ministry/bewindspersonen.data.js';
export { MINISTRIES } from './ministry/ministry-catalogue.js';
export { DomainModule } from './nest/domain.module.js';
export { ENV, POLICY } from './nest/domain.tokens.js';
export { NotificationModule } from './nest/notification.module.js';
export { personKey, slugify, surnameOf } from './person/person-key.util.js';
export { DEFAULT_POLICY } from './policy/default-policy.js';
export { getPolicy } from './policy/policy-from-env.js';
export { type Policy } from './policy/policy.js';
export { type PersonRef } from './question-set/question-query.repository.js';
export { QUESTION_SORTS, QuestionQueryService, type QuestionSort } from './question-set/question-query.service.js';
export { QuestionSetEntity } from './question-set/question-set.entity.js';
export { type TimelineEvent } from './question-set/question-timeline.util.js';
export { type QuestionDetail, type QuestionListItem, type QuestionListPage } from './question-set/question-view.js';
export { DIGEST_CADENCES, type DigestCadence, JOB_QUEUE, type JobItem, type JobOf } from './queue/job-item.js';
export { JobName } from './queue/job-name.enum.js';
export { jobIdFor, jobOptionsFor, type JobTuning } from './queue/job-options.js';
export { JobProducer } from './queue/job-producer.js';
export { jobSchedules } from './queue/job-schedules.js';
export { assertJobWiring, type ProcessorWiring } from './queue/job-wiring.js';
export { nominalRunDate } from './queue/nominal-run-date.util.js';
export { QueueName } from './queue/queue-name.enum.js';
export { RedisOutageLog } from './queue/redis-outage-log.js';
export { latencyReportCsv } from './report/latency-csv.util.js';
export { LatencyReportService } from './report/latency-report.service.js';
export { OverdueReportService } from './report/overdue-report.service.js';
export {
  LATENCY_GROUP_BYS,
  type LatencyGroup,
  type LatencyGroupBy,
  type LatencyReport,
  type OverdueGroup,
  type OverdueItem,
  type OverdueReport,
  UNKNOWN_GROUP,
} from './report/report-view.js';
export { vergaderjaarOf } from './report/vergaderjaar.util.js';
export { extendedTerm, term } from './rules/answer-term.rule.js';
export { ANSWER_STATUSES, type AnswerStatus, type AnswerTermFacts, UNANSWERED_STATUSES } from './rules/answer-term.types.js';
export { evaluateAnswerTerm } from './rules/evaluate-answer-term.rule.js';
export { kamerDateOf } from './rules/kamer-date-of.util.js';
export { addDays, isKamerDate, type KamerDate, toDayNumber } from './rules/kamer-date.util.js';
export { median, summariseVerdicts } from './rules/latency-stats.rule.js';
export { SourceDocumentService } from './source-document/source-document.service.js';
export { resolveHmacSecret } from './subscription/hmac-secret.util.js';
export { DIGEST_CHOICES, RULE_LABELS, type SubscriptionRequest } from './subscription/subscription-filters.js';
export { signSubscriptionToken } from './subscription/subscription-token.util.js';
export { type SubscriptionStatus } from './subscription/subscription.entity.js';
export { SubscriptionInvalidError, SubscriptionLimitError, SubscriptionService, type SubscriptionView } from './subscription/subscription.service.js';
export { DocumentTextSync } from './sync/document-text.sync.js';
export { ODataClient, SyncError } from './sync/odata-client.js';
export { createOpenDataSync } from './sync/open-data-sync.factory.js';
export { defaultInitialSince, type FeedReport, OpenDataSyncService, type SyncProgress } from './sync/open-data-sync.service.js';
export { dataCurrentUntil, SYNC_FEEDS, syncStatus } from './sync/sync-status.js';
