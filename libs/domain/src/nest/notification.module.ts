import {
  Inject,
  Injectable,
  Logger,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type Provider,
} from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DataSource as DataSourceToken } from 'typeorm';
import { AlertSweepService } from '../alert/alert-sweep.service.js';
import type { Env } from '../config/env.js';
import { DigestRunService } from '../digest/digest-run.service.js';
import { DocumentImportService } from '../import/document-import.service.js';
import { DocumentInboxService } from '../inbox/document-inbox.service.js';
import { DocumentIntake } from '../inbox/document-intake.js';
import { MailAdminService } from '../mail/mail-admin.service.js';
import { MailComposer } from '../mail/mail-composer.js';
import { MailLinks } from '../mail/mail-links.js';
import { MailSendService } from '../mail/mail-send.service.js';
import { MailTemplates } from '../mail/mail-templates.js';
import { createMailTransport } from '../mail/mail-transport.factory.js';
import type { Policy } from '../policy/policy.js';
import { JobName } from '../queue/job-name.enum.js';
import { DEFAULT_JOB_TUNING, type JobTuning } from '../queue/job-options.js';
import { JobProducer } from '../queue/job-producer.js';
import { OutboxRelay } from '../queue/outbox-relay.js';
import { RedisOutageLog } from '../queue/redis-outage-log.js';
import { resolveHmacSecret } from '../subscription/hmac-secret.util.js';
import { SubscriptionService } from '../subscription/subscription.service.js';
import { POLICY } from './domain.tokens.js';

export const MAIL_TRANSPORT = Symbol('termijnwacht.mail-transport');
const NOTIFICATION_OPTIONS = Symbol('termijnwacht.notification-options');

export interface NotificationModuleOptions {
  /** 'api' and 'cli' produce with fail-fast Redis calls; 'worker' also sends mail. */
  role: 'api' | 'worker';
  tuning?: Partial<JobTuning>;
  /** How often outbox rows that missed the queue are relayed (also on every Redis reconnect). */
  relayIntervalMs?: number;
}

/** Starts the relay once the app is up; stops it, the producer and the transport when the app goes down. */
@Injectable()
class NotificationLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly producer: JobProducer,
    @Inject(MAIL_TRANSPORT) private readonly transport: { close(): void } | null,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: Required<Pick<NotificationModuleOptions, 'relayIntervalMs'>>,
  ) {}

  onApplicationBootstrap(): void {
    this.relay.start(this.options.relayIntervalMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.producer.close();
    this.transport?.close();
  }
}

/**
 * Hands the notification use cases (subscriptions, alerts, digests, mail, the document inbox) and the job producer
 * to a Nest app. Needs DomainModule (ENV, POLICY, DataSource). Provides no processor: those live in apps/worker only.
 */
@Module({})
export class NotificationModule {
  static forRoot(env: Env, policy: Policy, options: NotificationModuleOptions): DynamicModule {
    const tuning: JobTuning = { ...DEFAULT_JOB_TUNING, ...options.tuning };
    const logger = new Logger('Notifications');
    const outage = new RedisOutageLog(
      (m) => logger.warn(m),
      (m) => logger.log(m),
    );
    const providers: Provider[] = [
      { provide: RedisOutageLog, useValue: outage },
      {
        provide: JobProducer,
        useFactory: () => {
          // One line when an outage starts and one when it ends, not one per reconnect attempt (the worker's
          // BullMQ connections report to the same RedisOutageLog).
          const producer = new JobProducer(env, { failFast: options.role === 'api', tuning, onError: (error) => outage.error(error) });
          producer.onReady(() => outage.ready());
          return producer;
        },
      },
      { provide: MAIL_TRANSPORT, useFactory: () => (options.role === 'worker' ? createMailTransport(env) : null) },
      { provide: MailTemplates, useFactory: () => new MailTemplates() },
      { provide: MailLinks, useFactory: () => new MailLinks(env.publicUrl, resolveHmacSecret(env)) },
      { provide: MailComposer, inject: [MailTemplates, MailLinks], useFactory: (t: MailTemplates, l: MailLinks) => new MailComposer(t, l, env.mailFrom) },
      {
        provide: OutboxRelay,
        inject: [DataSourceToken, JobProducer],
        useFactory: (ds: DataSource, p: JobProducer) => new OutboxRelay(ds, p, undefined, (m) => logger.log(m)),
      },
      {
        provide: SubscriptionService,
        inject: [DataSourceToken, MailComposer, OutboxRelay],
        useFactory: (ds: DataSource, c: MailComposer, r: OutboxRelay) =>
          new SubscriptionService(ds, c, resolveHmacSecret(env), r, undefined, env.confirmLinkDays),
      },
      {
        provide: MailAdminService,
        inject: [DataSourceToken, JobProducer],
        useFactory: (ds: DataSource, p: JobProducer) =>
          new MailAdminService(ds, {
            isAvailable: () => p.isAvailable(),
            retryMail: (outboxId) => p.retryOrEnqueue({ name: JobName.MailSend, data: { outboxId } }),
          }),
      },
      {
        provide: DocumentInboxService,
        inject: [DataSourceToken, DocumentImportService],
        useFactory: (ds: DataSource, i: DocumentImportService) => new DocumentInboxService(ds, i),
      },
      {
        provide: DocumentIntake,
        inject: [DocumentInboxService, OutboxRelay],
        useFactory: (i: DocumentInboxService, r: OutboxRelay) => new DocumentIntake(i, r),
      },
      {
        provide: AlertSweepService,
        inject: [DataSourceToken, POLICY, MailComposer, OutboxRelay],
        useFactory: (ds: DataSource, p: Policy, c: MailComposer, r: OutboxRelay) => new AlertSweepService(ds, p, c, r),
      },
      {
        provide: DigestRunService,
        inject: [DataSourceToken, POLICY, MailComposer, OutboxRelay],
        useFactory: (ds: DataSource, p: Policy, c: MailComposer, r: OutboxRelay) => new DigestRunService(ds, p, c, r),
      },
      {
        provide: MailSendService,
        inject: [DataSourceToken, MAIL_TRANSPORT],
        useFactory: (ds: DataSource, t: ReturnType<typeof createMailTransport> | null) => (t ? new MailSendService(ds, t) : null),
      },
      NotificationLifecycle,
      { provide: NOTIFICATION_OPTIONS, useValue: { relayIntervalMs: options.relayIntervalMs ?? 5_000 } },
    ];
    return {
      module: NotificationModule,
      providers,
      exports: [
        JobProducer,
        RedisOutageLog,
        OutboxRelay,
        MailComposer,
        SubscriptionService,
        MailAdminService,
        DocumentInboxService,
        DocumentIntake,
        AlertSweepService,
        DigestRunService,
        MailSendService,
      ],
    };
  }
}
