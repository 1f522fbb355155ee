import { Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DomainModule, type Env, type Policy } from '#domain';
import { RateLimitService } from './common/rate-limit/rate-limit.service.js';
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

/** One line when the API stops (SIGTERM, SIGINT or app.close()), so a log shows a stop was a stop and not a crash. */
class ShutdownLog implements OnApplicationShutdown {
  onApplicationShutdown(signal?: string): void {
    new Logger('Api').log(`stopped${signal ? ` on ${signal}` : ''}`);
  }
}

/** The HTTP API: wires libs/domain to controllers; no logic of its own. */
@Module({})
export class ApiModule {
  static forRoot(env: Env, policy: Policy): DynamicModule {
    const notifications = NotificationsApiModule.forRoot(env, policy);
    return {
      module: ApiModule,
      imports: [DomainModule.forRoot(env, policy), TerminusModule, notifications, PagesModule.withNotifications(notifications)],
      controllers: [HealthController, QuestionsController, DocumentsController, ReportsController, ApiKeysController, CommitmentsController],
      // Public endpoints are open to anyone: one client may not take the server for itself (bootstrap applies the limits).
      providers: [RedisHealthIndicator, OpenDataHealthIndicator, RateLimitService, ShutdownLog],
    };
  }
}
