import { Controller, Get, Inject, Query, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataExtentService, OverdueReportService, POLICY, type Policy } from '#domain';
import { normOf } from './render/norm.js';
import { asOfFrom } from './render/page-date.js';
import { PageExceptionFilter } from './render/page-exception.filter.js';
import { PageQuery } from './render/page-query.js';
import { PageRenderer } from './render/page-renderer.js';
import { overdueView } from './views/overdue.view.js';

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
  async list(@Query() raw: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const query = new PageQuery(raw);
    const { asOf, given, today } = asOfFrom(query, this.policy);
    const [report, extent] = await Promise.all([this.overdue.reportWithForecasts(asOf), this.extents.extent(asOf)]);
    await this.pages.send(res, overdueView({ report, asOfGiven: given, today, norm: normOf(this.policy), extent }), query);
  }
}
