import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import express from 'express';
import { AssetsController } from './assets/assets.controller.js';
import { BewindspersonenPageController } from './bewindspersonen-page.controller.js';
import { CommitmentsPageController } from './commitments-page.controller.js';
import { FeedsController } from './feeds.controller.js';
import { FormGuard } from './forms/form-guard.js';
import { MembersPageController } from './members-page.controller.js';
import { MinistriesPageController } from './ministries-page.controller.js';
import { OverduePageController } from './overdue-page.controller.js';
import { OverviewPageController } from './overview-page.controller.js';
import { PartiesPageController } from './parties-page.controller.js';
import { QuestionsPageController } from './questions-page.controller.js';
import { ReviewPageController } from './review/review-page.controller.js';
import { SubscribePageController } from './subscribe-page.controller.js';
import { ChartRenderer } from './render/chart-renderer.js';
import { PageExceptionFilter } from './render/page-exception.filter.js';
import { PageRenderer } from './render/page-renderer.js';

/** The public, server-rendered pages (Dutch), their feeds and assets. Reads libs/domain through DomainModule. */
@Module({
  controllers: [
    OverviewPageController,
    OverduePageController,
    QuestionsPageController,
    MinistriesPageController,
    BewindspersonenPageController,
    MembersPageController,
    PartiesPageController,
    CommitmentsPageController,
    ReviewPageController,
    SubscribePageController,
    FeedsController,
    AssetsController,
  ],
  providers: [ChartRenderer, PageRenderer, PageExceptionFilter, FormGuard],
})
export class PagesModule implements NestModule {
  /** With the notification module the API already has (the subscribe form uses its SubscriptionService). */
  static withNotifications(notifications: DynamicModule): DynamicModule {
    return { module: PagesModule, imports: [notifications] };
  }

  // The pages' forms post form-encoded bodies; they are parsed here, for these routes only, whatever the API accepts.
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(express.urlencoded({ extended: false, limit: '20kb' })).forRoutes('redactie/*path', 'abonneren');
  }
}
