import type { KamerDate } from '../rules/kamer-date.util.js';
import { JobName } from './job-name.enum.js';
import { QueueName } from './queue-name.enum.js';

export type DigestCadence = 'daily' | 'weekly';
export const DIGEST_CADENCES: readonly DigestCadence[] = ['daily', 'weekly'];

/**
 * The typed payload of every job. Jobs carry ids and dates, never content: the database is the truth, and the
 * processor reloads the row. `asOf` absent means "the day the job was scheduled for" (see nominalRunDate).
 */
export type JobItem =
  | { name: JobName.DocumentIngest; data: { inboxId: number } }
  | { name: JobName.AlertSweep; data: { asOf?: KamerDate } }
  | { name: JobName.DigestRun; data: { cadence: DigestCadence; asOf?: KamerDate } }
  | { name: JobName.MailSend; data: { outboxId: number } }
  | { name: JobName.OpenDataSync; data: { since?: KamerDate } };

export type JobOf<N extends JobName> = Extract<JobItem, { name: N }>['data'];

/** Which queue carries which job. */
export const JOB_QUEUE: Readonly<Record<JobName, QueueName>> = {
  [JobName.DocumentIngest]: QueueName.Ingest,
  [JobName.AlertSweep]: QueueName.Alerts,
  [JobName.DigestRun]: QueueName.Digests,
  [JobName.MailSend]: QueueName.Mail,
  // The sync writes the same records as imports, so it shares their queue and its single worker.
  [JobName.OpenDataSync]: QueueName.Ingest,
};
