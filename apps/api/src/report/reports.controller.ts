import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { LatencyReportService, latencyReportCsv, OverdueReportService, POLICY, type LatencyReport, type OverdueReport, type Policy } from '#domain';
import type { Request, Response } from 'express';
import { today } from '../common/today.util.js';
import { ApiErrorSchema } from '../openapi/api-error.schema.js';
import { LatencyReportSchema, OverdueReportSchema } from '../openapi/report.schema.js';
import { LatencyReportQueryDto, OverdueReportQueryDto } from './report.query.dto.js';

@ApiTags('reports')
@ApiBadRequestResponse({ type: ApiErrorSchema })
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly overdue: OverdueReportService,
    private readonly latency: LatencyReportService,
    @Inject(POLICY) private readonly policy: Policy,
  ) {}

  @Get('overdue')
  @ApiOperation({ summary: "The Kamer's Monday list as of a date: sets not answered within 3 weeks, or 6 after a deferral, by minister" })
  @ApiOkResponse({ type: OverdueReportSchema })
  overdueList(@Query() query: OverdueReportQueryDto): Promise<OverdueReport> {
    return this.overdue.reportWithForecasts(query.asOf ?? today(this.policy));
  }

  @Get('latency')
  @ApiOperation({ summary: 'Answer times per ministry, minister, party or period; JSON, or CSV with Accept: text/csv or ?format=csv' })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: LatencyReportSchema })
  async latencyReport(
    @Query() query: LatencyReportQueryDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LatencyReport | string> {
    const groupBy = query.groupBy ?? 'ministry';
    const report = await this.latency.report({ asOf: query.asOf ?? today(this.policy), groupBy, from: query.from, to: query.to });
    const csv = query.format ? query.format === 'csv' : request.accepts(['application/json', 'text/csv']) === 'text/csv';
    response.vary('Accept');
    if (!csv) return report;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="latency-${groupBy}.csv"`);
    return latencyReportCsv(report);
  }
}
