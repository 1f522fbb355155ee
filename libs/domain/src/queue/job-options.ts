import type { JobsOptions } from 'bullmq';
import { JobName } from './job-name.enum.js';
import type { JobItem } from './job-item.js';

/** Retry timing that tests shorten; everything else about a job kind is fixed here. */
export interface JobTuning {
  mailAttempts: number;
  /** First retry delay of a mail job; each next one doubles (exponential backoff). */
  mailBackoffMs: number;
}

export const DEFAULT_JOB_TUNING: JobTuning = Object.freeze({ mailAttempts: 5, mailBackoffMs: 30_000 });

const DAY_SECONDS = 24 * 3600;
// A deterministic jobId deduplicates only while the job is still in Redis, so completed jobs are kept a little longer
// than a week (the longest schedule). The database's unique keys remain the real guard after that.
const KEEP_COMPLETED = { age: 8 * DAY_SECONDS, count: 50_000 };
const KEEP_FAILED = { age: 30 * DAY_SECONDS };

/**
 * The BullMQ jobId of an item, or undefined for scheduled runs (BullMQ names those). Ids never contain ':' and are
 * never all digits: BullMQ refuses both.
 */
export function jobIdFor(item: JobItem): string | undefined {
  switch (item.name) {
    case JobName.DocumentIngest:
      return `ingest/${item.data.inboxId}`;
    case JobName.MailSend:
      return `mail/${item.data.outboxId}`;
    case JobName.AlertSweep:
      return item.data.asOf ? `alert-sweep/${item.data.asOf}` : undefined;
    case JobName.DigestRun:
      return item.data.asOf ? `digest-run/${item.data.cadence}/${item.data.asOf}` : undefined;
    case JobName.OpenDataSync:
      return item.data.since ? `open-data-sync/${item.data.since}` : undefined;
  }
}

/** Attempts, backoff and retention per job kind. Failed mail is kept for the admin (GET /admin/mail?state=failed). */
export function jobOptionsFor(item: JobItem, tuning: JobTuning = DEFAULT_JOB_TUNING): JobsOptions {
  const jobId = jobIdFor(item);
  const base: JobsOptions = { ...(jobId ? { jobId } : {}), removeOnComplete: KEEP_COMPLETED };
  switch (item.name) {
    case JobName.MailSend:
      return { ...base, attempts: tuning.mailAttempts, backoff: { type: 'exponential', delay: tuning.mailBackoffMs }, removeOnFail: false };
    case JobName.DocumentIngest:
      // Retries cover SQLITE_BUSY and a database that is briefly away; a refused document is not an error (see inbox).
      return { ...base, attempts: 5, backoff: { type: 'exponential', delay: 2_000 }, removeOnFail: KEEP_FAILED };
    case JobName.AlertSweep:
      return { ...base, attempts: 3, backoff: { type: 'exponential', delay: 10_000 }, removeOnFail: KEEP_FAILED };
    case JobName.DigestRun:
      return { ...base, attempts: 5, backoff: { type: 'exponential', delay: 30_000 }, removeOnFail: KEEP_FAILED };
    case JobName.OpenDataSync:
      // The client already retries 429/5xx per request; a job retry covers an outage longer than that. The cursor makes it resumable.
      return { ...base, attempts: 3, backoff: { type: 'exponential', delay: 60_000 }, removeOnFail: KEEP_FAILED };
  }
}
