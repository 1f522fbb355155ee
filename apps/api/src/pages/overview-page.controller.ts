import { Controller, Get, Inject, Query, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataExtentService, DirectoryService, LatencyReportService, OverdueReportService, POLICY, vergaderjaarOf, type Policy } from '#domain';
import { PageExceptionFilter } from './render/page-exception.filter.js';
import { PageRenderer } from './render/page-renderer.js';
import { overviewView } from './views/overview.view.js';
import { PageRequestPipe, type PageRequest } from './render/page-request.pipe.js';

/** `/`: on-time share per vergaderjaar, the monthly trend, per ministry, and how many sets are overdue. */
// HTML for people, not part of the JSON API's OpenAPI document.
@ApiExcludeController()
@Controller()
@UseFilters(PageExceptionFilter)
export class OverviewPageController {
  constructor(
    @Inject(LatencyReportService) private readonly latency: LatencyReportService,
    @Inject(OverdueReportService) private readonly overdue: OverdueReportService,
    @Inject(DirectoryService) private readonly directory: DirectoryService,
    @Inject(DataExtentService) private readonly extents: DataExtentService,
    @Inject(PageRenderer) private readonly pages: PageRenderer,
    @Inject(POLICY) private readonly policy: Policy,
  ) {}

  @Get()
  async overview(@Query(PageRequestPipe) page: PageRequest, @Res() res: Response): Promise<void> {
    const { query, asOf, given } = page;
    const [byVergaderjaar, byMonth, byMinistry, overdue, ministries, extent] = await Promise.all([
      this.latency.report({ asOf, groupBy: 'vergaderjaar' }),
      this.latency.report({ asOf, groupBy: 'month' }),
      this.latency.report({ asOf, groupBy: 'ministry' }),
      this.overdue.report(asOf),
      this.directory.ministries(),
      this.extents.extent(asOf),
    ]);
    const view = overviewView({
      asOf,
      asOfGiven: given,
      byVergaderjaar,
      byMonth,
      byMinistry,
      overdue,
      ministries,
      extent,
      currentVergaderjaar: vergaderjaarOf(asOf),
      policy: this.policy,
    });
    await this.pages.send(res, view, query);
  }
}
