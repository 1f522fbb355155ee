import { Controller, Get, Inject, Query, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataExtentService, LatencyReportService, OnTimeChangeService, POLICY, type Policy } from '#domain';
import { PageExceptionFilter } from './render/page-exception.filter.js';
import { PageRenderer } from './render/page-renderer.js';
import { partiesView } from './views/parties.view.js';
import { PageRequestPipe, type PageRequest } from './render/page-request.pipe.js';

/** `/partijen`: on-time share per party of the submitters, per year, from the same report as GET /reports/latency?groupBy=party. */
// HTML for people, not part of the JSON API's OpenAPI document.
@ApiExcludeController()
@Controller('partijen')
@UseFilters(PageExceptionFilter)
export class PartiesPageController {
  constructor(
    @Inject(LatencyReportService) private readonly latency: LatencyReportService,
    @Inject(DataExtentService) private readonly extents: DataExtentService,
    @Inject(OnTimeChangeService) private readonly change: OnTimeChangeService,
    @Inject(PageRenderer) private readonly pages: PageRenderer,
    @Inject(POLICY) private readonly policy: Policy,
  ) {}

  @Get()
  async list(@Query(PageRequestPipe) page: PageRequest, @Res() res: Response): Promise<void> {
    const { query, asOf, given } = page;
    const extent = await this.extents.extent(asOf);
    const first = Number((extent.firstSubmittedOn ?? asOf).slice(0, 4));
    const years = Array.from({ length: Number(asOf.slice(0, 4)) - first + 1 }, (_, i) => String(first + i));
    const [change, overall, ...perYear] = await Promise.all([
      this.change.byParty(asOf),
      this.latency.report({ asOf, groupBy: 'party' }),
      ...years.map((year) => this.latency.report({ asOf, groupBy: 'party', from: `${year}-01-01`, to: `${year}-12-31` })),
    ]);
    const byYear = years.map((year, i) => ({ year, report: perYear[i] })).filter((y) => y.report.groups.length > 0);
    await this.pages.send(res, partiesView({ asOf, asOfGiven: given, overall, byYear, change, policy: this.policy }), query);
  }
}
