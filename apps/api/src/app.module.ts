import { Module, type DynamicModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { APP_GUARD } from '@nestjs/core';
import { RateLimitGuard } from './common/rate-limit.guard.js';
import { DomainModule, type Env, type Policy } from '#domain';
import { ApiKeysController } from './api-key/api-keys.controller.js';
import { CommitmentsController } from './commitment/commitments.controller.js';
import { DocumentsController } from './document/documents.controller.js';
import { HealthController } from './health/health.controller.js';
import { RedisHealthIndicator } from './health/redis.health.js';
import { OpenDataHealthIndicator } from './health/open-data.health.js';
import { NotificationsApiModule } from './notifications/notifications-api.module.js';
import { PagesModule } from './pages/pages.module.js';
import { QuestionsController } from './question/questions.controller.js';
import { ReportsController } from './report/reports.controller.js';

/** The HTTP API: wires libs/domain to controllers; no logic of its own. */
@Module({})
export class ApiModule {
  static forRoot(env: Env, policy: Policy): DynamicModule {
    const notifications = NotificationsApiModule.forRoot(env, policy);
    return {
      module: ApiModule,
      imports: [
        DomainModule.forRoot(env, policy),
        TerminusModule, notifications, PagesModule.withNotifications(notifications)],
      controllers: [HealthController, QuestionsController, DocumentsController, ReportsController, ApiKeysController, CommitmentsController],
      // Public endpoints are open to anyone: one client may not take the server for itself.
      providers: [RedisHealthIndicator, OpenDataHealthIndicator, { provide: APP_GUARD, useClass: RateLimitGuard }],
    };
  }
}
