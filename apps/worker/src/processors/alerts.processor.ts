import { Inject } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { AlertSweepService, JobName, nominalRunDate, POLICY, QueueName, type AlertSweepResult, type JobOf, type Policy, type ProcessorWiring } from '#domain';
import type { Job } from 'bullmq';
import { unknownJob } from './unknown-job.util.js';

/** Runs the alert sweep: the hourly schedule, and `termijnwacht alerts run`. One at a time. */
@Processor(QueueName.Alerts, { concurrency: 1 })
export class AlertsProcessor extends WorkerHost {
  static readonly wiring: ProcessorWiring = { processor: 'AlertsProcessor', queue: QueueName.Alerts, jobs: [JobName.AlertSweep] };

  constructor(
    private readonly sweep: AlertSweepService,
    @Inject(POLICY) private readonly policy: Policy,
  ) {
    super();
  }

  async process(job: Job): Promise<AlertSweepResult> {
    switch (job.name as JobName) {
      case JobName.AlertSweep:
        return this.sweep.run(nominalRunDate(job as Job<JobOf<JobName.AlertSweep>>, this.policy.timeZone));
      default:
        return unknownJob(job, QueueName.Alerts);
    }
  }
}
