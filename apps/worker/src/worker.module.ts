import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BullModule } from '@nestjs/bullmq';
import { DomainModule, NotificationModule, QueueName, type Env, type JobTuning, type Policy } from '#domain';
import { AlertsProcessor } from './processors/alerts.processor.js';
import { DigestsProcessor } from './processors/digests.processor.js';
import { IngestProcessor } from './processors/ingest.processor.js';
import { MailProcessor } from './processors/mail.processor.js';
import { WorkerBoot } from './worker-boot.js';

export interface WorkerOptions {
  tuning?: Partial<JobTuning>;
  relayIntervalMs?: number;
}

/** The worker: one processor per queue, and nothing else of its own. Only this module provides processors. */
@Module({})
export class WorkerModule {
  static forRoot(env: Env, policy: Policy, options: WorkerOptions = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        DomainModule.forRoot(env, policy),
        NotificationModule.forRoot(env, policy, { role: 'worker', tuning: options.tuning, relayIntervalMs: options.relayIntervalMs }),
        DiscoveryModule,
        // manualRegistration: WorkerBoot starts the workers after checking the database and the wiring.
        BullModule.forRoot({ connection: { url: env.redisUrl }, prefix: env.queuePrefix, extraOptions: { manualRegistration: true } }),
        BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
      ],
      providers: [IngestProcessor, AlertsProcessor, DigestsProcessor, MailProcessor, WorkerBoot],
    };
  }
}
