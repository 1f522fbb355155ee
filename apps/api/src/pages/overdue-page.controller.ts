import { Controller, Get, Inject, Query, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataExtentService, OverdueReportService, POLICY, type Policy } from '#domain';
import { normOf } from './render/norm.js';
import { PageExceptionFilter } from './render/page-exception.filter.js';
import { PageRenderer } from './render/page-renderer.js';
import { overdueView } from './views/overdue.view.js';
import { PageRequestPipe, type PageRequest } from './render/page-request.pipe.js';

/** `/achterstallig`: the Monday list for today or `?asOf=`, from the same service as GET /reports/overdue. */
// HTML for people, not part of the JSON API's OpenAPI document.
@ApiExcludeController()
@Controller('achterstallig')
@UseFilters(PageExceptionFilter)
export class OverduePageController {
  constructor(
    @Inject(OverdueReportService) private readonly overdue: OverdueReportService,
    @Inject(DataExtentService) private readonly extents: DataExtentService,
    @Inject(PageRenderer) private readonly pages: PageRenderer,
    @Inject(POLICY) private readonly policy: Policy,
  ) {}

  @Get()
  async list(@Query(PageRequestPipe) page: PageRequest, @Res() res: Response): Promise<void> {
    const { query, asOf, given, today } = page;
    const [report, extent] = await Promise.all([this.overdue.reportWithForecasts(asOf), this.extents.extent(asOf)]);
    await this.pages.send(res, overdueView({ report, asOfGiven: given, today, norm: normOf(this.policy), extent }), query);
  }
}
