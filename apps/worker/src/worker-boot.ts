import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { BullRegistrar, WorkerHost } from '@nestjs/bullmq';
import { assertJobWiring, JobProducer, jobOptionsFor, jobSchedules, POLICY, QueueName, type Policy, type ProcessorWiring } from '#domain';
import { DataSource } from 'typeorm';

/**
 * The worker's start, in order: the database must be migrated, the job wiring must be complete, then the workers
 * start, then the schedules are upserted (fixed ids, so every boot leaves exactly one of each). On shutdown the
 * workers close first, finishing the job in hand, before anything they use goes away.
 */
@Injectable()
export class WorkerBoot implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Worker');

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly registrar: BullRegistrar,
    private readonly producer: JobProducer,
    private readonly dataSource: DataSource,
    @Inject(POLICY) private readonly policy: Policy,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (await this.dataSource.showMigrations()) {
      throw new Error('the database has pending migrations: run `termijnwacht migrate` (or `npm start`) before starting the worker');
    }
    assertJobWiring(this.processors().map(({ wiring }) => wiring));
    this.registrar.register();
    await this.upsertSchedules();
  }

  async beforeApplicationShutdown(): Promise<void> {
    // worker.close() waits for the active jobs; a job it cannot finish stalls and is handed to the next worker.
    await Promise.all(this.processors().map(({ host }) => host.worker.close()));
  }

  private async upsertSchedules(): Promise<void> {
    const schedules = jobSchedules(this.policy);
    for (const s of schedules) {
      const { jobId: _managedByBullMQ, ...opts } = jobOptionsFor(s.job);
      await this.producer
        .queue(s.queue)
        .upsertJobScheduler(s.id, { pattern: s.pattern, tz: this.policy.timeZone }, { name: s.job.name, data: s.job.data, opts });
    }
    // A schedule dropped from jobSchedules() must not keep running from an old boot.
    for (const queue of Object.values(QueueName)) {
      for (const existing of await this.producer.queue(queue).getJobSchedulers()) {
        if (!schedules.some((s) => s.id === existing.key && s.queue === queue)) await this.producer.queue(queue).removeJobScheduler(existing.key);
      }
    }
    this.logger.log(`schedules: ${schedules.map((s) => `${s.id} '${s.pattern}'`).join(', ')} (${this.policy.timeZone})`);
  }

  private processors(): Array<{ host: WorkerHost; wiring: ProcessorWiring }> {
    return this.discovery
      .getProviders()
      .filter((w) => w.instance instanceof WorkerHost)
      .map((w) => {
        const wiring = ((w.instance as WorkerHost).constructor as { wiring?: ProcessorWiring }).wiring;
        if (!wiring) throw new Error(`processor ${w.name} has no static wiring: declare { processor, queue, jobs } so the worker can check it`);
        return { host: w.instance as WorkerHost, wiring };
      });
  }
}
