import { applyDecorators, Controller, Get, Inject, Query, Res, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CommitmentService, ENV, TermFeedService, type Env } from '#domain';
import { commitmentCalendar } from './feeds/commitment-calendar.util.js';
import { overdueAtom } from './feeds/overdue-atom.util.js';
import { termCalendar } from './feeds/term-calendar.util.js';
import { PageExceptionFilter } from './render/page-exception.filter.js';
import { PageRequestPipe, type PageRequest } from './render/page-request.pipe.js';
import { publicFilterOf } from './render/page-query.js';

const FILTERS = [
  { name: 'ministry', description: 'ministry slug, e.g. bz' },
  { name: 'minister', description: 'text in the minister label or an answerer’s name' },
  { name: 'submitter', description: 'member slug, e.g. sjoerdsma' },
  { name: 'party', description: 'party of a submitter, e.g. VVD' },
  { name: 'topic', description: 'topic, e.g. ict' },
  { name: 'asOf', description: 'YYYY-MM-DD; default today (Europe/Amsterdam)' },
];
/** The filters, documented in the OpenAPI document as optional query parameters. */
const FeedFilters = () => applyDecorators(...FILTERS.map((f) => ApiQuery({ ...f, required: false, type: String })));

/** Subscriptions: terms as an ICS calendar and newly overdue sets as Atom, for the filters the pages share. */
@ApiTags('feeds')
@Controller('feeds')
@UseFilters(PageExceptionFilter)
export class FeedsController {
  constructor(
    @Inject(TermFeedService) private readonly feeds: TermFeedService,
    @Inject(CommitmentService) private readonly commitments: CommitmentService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Get('termijnen.ics')
  @ApiOperation({ summary: 'Terms and extended terms as an iCalendar file: unanswered sets, and every term of the last year' })
  @ApiProduces('text/calendar')
  @FeedFilters()
  async calendar(@Query(PageRequestPipe) page: PageRequest, @Res() res: Response): Promise<void> {
    const { query, asOf } = page;
    const filter = publicFilterOf(query);
    const events = await this.feeds.termEvents(filter, asOf);
    res.status(200).type('text/calendar; charset=utf-8').setHeader('Content-Disposition', 'inline; filename="termijnen.ics"');
    res.send(termCalendar(events, filter, this.env.publicUrl));
  }

  @Get('toezeggingen.ics')
  @ApiOperation({ summary: 'Due dates of commitments not yet fulfilled (open or past their date) as an iCalendar file; corrected dates move the event' })
  @ApiProduces('text/calendar')
  @ApiQuery({ name: 'ministry', required: false, type: String, description: 'ministry slug or part of its name' })
  @ApiQuery({ name: 'actor', required: false, type: String, description: 'text in who made the commitment' })
  @ApiQuery({ name: 'asOf', required: false, type: String, description: 'YYYY-MM-DD; default today (Europe/Amsterdam)' })
  async commitmentDates(@Query(PageRequestPipe) page: PageRequest, @Res() res: Response): Promise<void> {
    const { query, asOf } = page;
    const ministry = query.ministry ?? null;
    const actor = query.actor ?? null;
    const items = await this.commitments.list({ asOf, ministry: ministry ?? undefined, actor: actor ?? undefined, statuses: ['open', 'overdue'] });
    const name = [ministry && `ministerie ${ministry}`, actor && `wie ${actor}`].filter(Boolean).join(', ') || 'alle';
    res.status(200).type('text/calendar; charset=utf-8').setHeader('Content-Disposition', 'inline; filename="toezeggingen.ics"');
    res.send(commitmentCalendar(items, name, this.env.publicUrl));
  }

  @Get('achterstallig.atom')
  @ApiOperation({ summary: 'Sets that went overdue in the last 90 days, newest first, as Atom' })
  @ApiProduces('application/atom+xml')
  @FeedFilters()
  async overdue(@Query(PageRequestPipe) page: PageRequest, @Res() res: Response): Promise<void> {
    const { query, asOf } = page;
    const filter = publicFilterOf(query);
    const events = await this.feeds.overdueEvents(filter, asOf);
    res
      .status(200)
      .type('application/atom+xml; charset=utf-8')
      .send(overdueAtom(events, filter, asOf, this.env.publicUrl));
  }
}
