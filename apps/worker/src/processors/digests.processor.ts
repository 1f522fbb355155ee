import { Inject } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { DigestRunService, JobName, nominalRunDate, POLICY, QueueName, type DigestRunResult, type JobOf, type Policy, type ProcessorWiring } from '#domain';
import type { Job } from 'bullmq';
import { unknownJob } from './unknown-job.util.js';

/** Builds the daily or weekly digests (the schedules, and `termijnwacht digest run`). One run at a time. */
@Processor(QueueName.Digests, { concurrency: 1 })
export class DigestsProcessor extends WorkerHost {
  static readonly wiring: ProcessorWiring = { processor: 'DigestsProcessor', queue: QueueName.Digests, jobs: [JobName.DigestRun] };

  constructor(
    private readonly digests: DigestRunService,
    @Inject(POLICY) private readonly policy: Policy,
  ) {
    super();
  }

  async process(job: Job): Promise<DigestRunResult> {
    switch (job.name as JobName) {
      case JobName.DigestRun: {
        const data = job.data as JobOf<JobName.DigestRun>;
        return this.digests.run(data.cadence, nominalRunDate(job as Job<JobOf<JobName.DigestRun>>, this.policy.timeZone));
      }
      default:
        return unknownJob(job, QueueName.Digests);
    }
  }
}
