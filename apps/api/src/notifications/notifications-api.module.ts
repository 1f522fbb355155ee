import { Module, type DynamicModule } from '@nestjs/common';
import { NotificationModule, type Env, type JobTuning, type Policy } from '#domain';
import { AdminMailController } from './admin-mail.controller.js';
import { DocumentInboxController } from './document-inbox.controller.js';
import { QueueBoardModule } from './queue-board.module.js';
import { SubscriptionController } from './subscription.controller.js';

/**
 * The API side of the worker's features: subscriptions and their mail links, the mail outbox for admins, the
 * document inbox and Bull Board. It produces jobs (fail-fast when Redis is down) and never processes them.
 */
@Module({})
export class NotificationsApiModule {
  static forRoot(env: Env, policy: Policy, options: { tuning?: Partial<JobTuning>; relayIntervalMs?: number } = {}): DynamicModule {
    const notifications = NotificationModule.forRoot(env, policy, { role: 'api', ...options });
    return {
      module: NotificationsApiModule,
      imports: [notifications, { module: QueueBoardModule, imports: [notifications] }],
      controllers: [SubscriptionController, AdminMailController, DocumentInboxController],
      // DocumentsController (POST /documents with Prefer: respond-async) hands documents to DocumentIntake.
      exports: [notifications],
    };
  }
}
