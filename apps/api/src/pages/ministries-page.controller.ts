import { Controller, Get, Inject, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { FormGuard } from './forms/form-guard.js';
import {
  CommitmentsKeptService,
  DirectoryService,
  LatencyProfileService,
  LatencyReportService,
  OnTimeChangeService,
  POLICY,
  QuestionQueryService,
  type Policy,
} from '#domain';
import { normOf } from './render/norm.js';
import { PageExceptionFilter } from './render/page-exception.filter.js';
import { PageRenderer } from './render/page-renderer.js';
import { ministriesView } from './views/ministries.view.js';
import { ministryView } from './views/ministry.view.js';
import { PageRequestPipe, type PageRequest } from './render/page-request.pipe.js';

const LATEST = 50;

/** `/ministeries` (the latency report grouped by ministry) and `/ministeries/:slug` (one ministry's profile). */
// HTML for people, not part of the JSON API's OpenAPI document.
@ApiExcludeController()
@Controller('ministeries')
@UseFilters(PageExceptionFilter)
export class MinistriesPageController {
  constructor(
    @Inject(DirectoryService) private readonly directory: DirectoryService,
    @Inject(LatencyReportService) private readonly latency: LatencyReportService,
    @Inject(LatencyProfileService) private readonly profiles: LatencyProfileService,
    @Inject(QuestionQueryService) private readonly questions: QuestionQueryService,
    @Inject(PageRenderer) private readonly pages: PageRenderer,
    @Inject(FormGuard) private readonly forms: FormGuard,
    @Inject(POLICY) private readonly policy: Policy,
    @Inject(OnTimeChangeService) private readonly change: OnTimeChangeService,
    @Inject(CommitmentsKeptService) private readonly commitmentsKept: CommitmentsKeptService,
  ) {}

  @Get()
  async index(@Query(PageRequestPipe) page: PageRequest, @Res() res: Response): Promise<void> {
    const { query, asOf, given } = page;
    const [ministries, report] = await Promise.all([this.directory.ministries(), this.latency.report({ asOf, groupBy: 'ministry' })]);
    await this.pages.send(res, ministriesView(ministries, report, given, this.policy), query);
  }

  @Get(':slug')
  async ministry(@Param('slug') slug: string, @Query(PageRequestPipe) page: PageRequest, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { query, asOf, given } = page;
    const ministry = await this.directory.ministry(slug);
    const [profile, latest, change, commitments] = await Promise.all([
      this.profiles.profile({ ministry: slug }, asOf),
      this.questions.list({ ministry: slug, asOf, sort: '-submittedOn', page: 1, pageSize: LATEST }),
      this.change.change({ ministry: slug }, asOf),
      this.commitmentsKept.forMinistry(slug, asOf),
    ]);
    await this.pages.send(
      res,
      ministryView({ ministry, profile, latest, change, commitments, asOfGiven: given, norm: normOf(this.policy), formToken: this.forms.issue(req, res) }),
      query,
    );
  }
}
