import { Controller, Get, Inject, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { FormGuard } from './forms/form-guard.js';
import {
  BewindspersoonService,
  CommitmentsKeptService,
  LatencyProfileService,
  OnTimeChangeService,
  POLICY,
  QuestionQueryService,
  UNANSWERED_STATUSES,
  type Policy,
} from '#domain';
import { normOf } from './render/norm.js';
import { PageExceptionFilter } from './render/page-exception.filter.js';
import { PageRenderer } from './render/page-renderer.js';
import { bewindspersonenView } from './views/bewindspersonen.view.js';
import { bewindspersoonView } from './views/bewindspersoon.view.js';
import { PageRequestPipe, type PageRequest } from './render/page-request.pipe.js';

// One tenure holds a few thousand sets at most; the page lists them all, as a member's page does.
const MAX_SETS = 2000;

/** `/bewindspersonen` and `/bewindspersonen/:slug`: a minister's or staatssecretaris's scorecard over their own tenure. */
// HTML for people, not part of the JSON API's OpenAPI document.
@ApiExcludeController()
@Controller('bewindspersonen')
@UseFilters(PageExceptionFilter)
export class BewindspersonenPageController {
  constructor(
    @Inject(BewindspersoonService) private readonly bewindspersonen: BewindspersoonService,
    @Inject(LatencyProfileService) private readonly profiles: LatencyProfileService,
    @Inject(QuestionQueryService) private readonly questions: QuestionQueryService,
    @Inject(OnTimeChangeService) private readonly change: OnTimeChangeService,
    @Inject(CommitmentsKeptService) private readonly commitmentsKept: CommitmentsKeptService,
    @Inject(PageRenderer) private readonly pages: PageRenderer,
    @Inject(FormGuard) private readonly forms: FormGuard,
    @Inject(POLICY) private readonly policy: Policy,
  ) {}

  @Get()
  async index(@Query(PageRequestPipe) page: PageRequest, @Res() res: Response): Promise<void> {
    const { query, asOf, given } = page;
    await this.pages.send(res, bewindspersonenView(await this.bewindspersonen.list(asOf), asOf, given), query);
  }

  @Get(':slug')
  async bewindspersoon(@Param('slug') slug: string, @Query(PageRequestPipe) page: PageRequest, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { query, asOf, given } = page;
    const person = await this.bewindspersonen.tenure(slug, asOf);
    const own = { questionSetIds: person.questionSetIds };
    const [profile, open, all, change, commitments] = await Promise.all([
      this.profiles.profile(own, asOf),
      this.questions.list({ ...own, asOf, statuses: UNANSWERED_STATUSES, sort: '-daysOutstanding', page: 1, pageSize: MAX_SETS, withForecasts: true }),
      this.questions.list({ ...own, asOf, sort: '-submittedOn', page: 1, pageSize: MAX_SETS }),
      this.change.change(own, asOf),
      this.commitmentsKept.forSets(person.questionSetIds, asOf, { from: person.from, to: person.to }),
    ]);
    await this.pages.send(
      res,
      bewindspersoonView({
        person,
        profile,
        open,
        all,
        change,
        commitments,
        asOfGiven: given,
        norm: normOf(this.policy),
        formToken: this.forms.issue(req, res),
      }),
      query,
    );
  }
}
