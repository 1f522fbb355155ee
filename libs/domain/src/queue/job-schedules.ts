import type { Policy } from '../policy/policy.js';
import type { JobItem } from './job-item.js';
import { JobName } from './job-name.enum.js';
import { QueueName } from './queue-name.enum.js';

export interface JobSchedule {
  /** Fixed BullMQ job scheduler id: upserting it again replaces it, never adds a second one. */
  id: string;
  queue: QueueName;
  /** Cron pattern, read in policy.timeZone. */
  pattern: string;
  job: JobItem;
}

/** Every schedule of the product, in one place. The worker upserts these at boot; nothing else registers schedules. */
export function jobSchedules(policy: Policy): JobSchedule[] {
  return [
    { id: 'alert-sweep', queue: QueueName.Alerts, pattern: policy.schedules.alertSweep, job: { name: JobName.AlertSweep, data: {} } },
    { id: 'digest-weekly', queue: QueueName.Digests, pattern: policy.schedules.weeklyDigest, job: { name: JobName.DigestRun, data: { cadence: 'weekly' } } },
    { id: 'digest-daily', queue: QueueName.Digests, pattern: policy.schedules.dailyDigest, job: { name: JobName.DigestRun, data: { cadence: 'daily' } } },
    { id: 'open-data-sync', queue: QueueName.Ingest, pattern: policy.schedules.openDataSync, job: { name: JobName.OpenDataSync, data: {} } },
  ];
}
