import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JobName, MailSendService, PermanentMailError, QueueName, type JobOf, type MailSendResult, type ProcessorWiring } from '#domain';
import { UnrecoverableError, type Job } from 'bullmq';
import { unknownJob } from './unknown-job.util.js';

/** Sends mail_outbox rows. Errors are rethrown so BullMQ retries with exponential backoff; a 5xx ends the retries. */
// Five at a time: nodemailer's SMTP pool keeps five connections open by default.
@Processor(QueueName.Mail, { concurrency: 5 })
export class MailProcessor extends WorkerHost {
  static readonly wiring: ProcessorWiring = { processor: 'MailProcessor', queue: QueueName.Mail, jobs: [JobName.MailSend] };

  constructor(private readonly mail: MailSendService) {
    super();
  }

  async process(job: Job): Promise<MailSendResult> {
    switch (job.name as JobName) {
      case JobName.MailSend: {
        const { outboxId } = job.data as JobOf<JobName.MailSend>;
        // attemptsMade counts the attempts before this one: on the last, a failure marks the row failed for the admin.
        const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        try {
          return await this.mail.send(outboxId, { final });
        } catch (error) {
          throw error instanceof PermanentMailError ? new UnrecoverableError(error.message) : error;
        }
      }
      default:
        return unknownJob(job, QueueName.Mail);
    }
  }
}
