import { Module } from '@nestjs/common';
import { AssetsController } from './assets/assets.controller.js';
import { CommitmentsPageController } from './commitments-page.controller.js';
import { FeedsController } from './feeds.controller.js';
import { MembersPageController } from './members-page.controller.js';
import { MinistriesPageController } from './ministries-page.controller.js';
import { OverduePageController } from './overdue-page.controller.js';
import { OverviewPageController } from './overview-page.controller.js';
import { QuestionsPageController } from './questions-page.controller.js';
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
    MembersPageController,
    CommitmentsPageController,
    FeedsController,
    AssetsController,
  ],
  providers: [ChartRenderer, PageRenderer, PageExceptionFilter],
})
export class PagesModule {}
