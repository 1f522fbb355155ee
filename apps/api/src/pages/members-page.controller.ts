import { Controller, Get, Inject, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { FormGuard } from './forms/form-guard.js';
import { DirectoryService, LatencyProfileService, POLICY, QuestionQueryService, UNANSWERED_STATUSES, type Policy } from '#domain';
import { normOf } from './render/norm.js';
import { PageExceptionFilter } from './render/page-exception.filter.js';
import { PageRenderer } from './render/page-renderer.js';
import { membersView } from './views/members.view.js';
import { memberView } from './views/member.view.js';
import { PageRequestPipe, type PageRequest } from './render/page-request.pipe.js';

// A member asks a few hundred sets in a term at most; the page lists them all.
const MAX_SETS = 2000;

/** `/kamerleden` and `/kamerleden/:slug`: a member's own watch list, with feeds for exactly that member. */
// HTML for people, not part of the JSON API's OpenAPI document.
@ApiExcludeController()
@Controller('kamerleden')
@UseFilters(PageExceptionFilter)
export class MembersPageController {
  constructor(
    @Inject(DirectoryService) private readonly directory: DirectoryService,
    @Inject(LatencyProfileService) private readonly profiles: LatencyProfileService,
    @Inject(QuestionQueryService) private readonly questions: QuestionQueryService,
    @Inject(PageRenderer) private readonly pages: PageRenderer,
    @Inject(FormGuard) private readonly forms: FormGuard,
    @Inject(POLICY) private readonly policy: Policy,
  ) {}

  @Get()
  async index(@Query(PageRequestPipe) page: PageRequest, @Res() res: Response): Promise<void> {
    await this.pages.send(res, membersView(await this.directory.members()), page.query);
  }

  @Get(':slug')
  async member(@Param('slug') slug: string, @Query(PageRequestPipe) page: PageRequest, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { query, asOf, given } = page;
    const member = await this.directory.member(slug);
    const [profile, open, all] = await Promise.all([
      this.profiles.profile({ submitter: slug }, asOf),
      this.questions.list({ submitter: slug, asOf, statuses: UNANSWERED_STATUSES, sort: '-daysOutstanding', page: 1, pageSize: MAX_SETS }),
      this.questions.list({ submitter: slug, asOf, sort: '-submittedOn', page: 1, pageSize: MAX_SETS }),
    ]);
    await this.pages.send(
      res,
      memberView({ member, profile, open, all, asOfGiven: given, norm: normOf(this.policy), formToken: this.forms.issue(req, res) }),
      query,
    );
  }
}
