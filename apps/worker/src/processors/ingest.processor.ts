import { Processor, WorkerHost } from '@nestjs/bullmq';
import { defaultInitialSince, DocumentInboxService, JobName, OpenDataSyncService, QueueName, type JobOf, type ProcessorWiring } from '#domain';
import type { Job } from 'bullmq';
import { unknownJob } from './unknown-job.util.js';

/** Parses and stores documents accepted asynchronously (POST /documents with Prefer: respond-async), and runs the open-data sync. */
@Processor(QueueName.Ingest, { concurrency: 1 })
export class IngestProcessor extends WorkerHost {
  static readonly wiring: ProcessorWiring = { processor: 'IngestProcessor', queue: QueueName.Ingest, jobs: [JobName.DocumentIngest, JobName.OpenDataSync] };

  constructor(
    private readonly inbox: DocumentInboxService,
    private readonly openData: OpenDataSyncService,
  ) {
    super();
  }

  async process(job: Job): Promise<string> {
    switch (job.name as JobName) {
      case JobName.DocumentIngest: {
        const { inboxId } = job.data as JobOf<JobName.DocumentIngest>;
        // 'rejected' is an outcome kept on the inbox row, not a job failure; 'skipped' means done before or gone.
        return this.inbox.process(inboxId);
      }
      case JobName.OpenDataSync: {
        const { since } = job.data as JobOf<JobName.OpenDataSync>;
        const reports = await this.openData.run({ since: since ?? null, initialSince: defaultInitialSince(new Date()) });
        const texts = await this.openData.runTexts();
        const summary = reports.map((r) => `${r.feed}: ${r.stored} stored, ${r.skipped} skipped`);
        if (texts) summary.push(`texts: ${texts.stored} stored, ${texts.failed} failed`);
        return summary.join('; ');
      }
      default:
        return unknownJob(job, QueueName.Ingest);
    }
  }
}
