import { Controller, Get, Inject, Param, Query, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { ANSWER_STATUSES, DirectoryService, InvalidInputError, POLICY, QuestionQueryService, type AnswerStatus, type Policy } from '#domain';
import { normOf } from './render/norm.js';
import { PageExceptionFilter } from './render/page-exception.filter.js';
import { csvTableOf, publicFilterOf, type PageQuery } from './render/page-query.js';
import { PageRenderer } from './render/page-renderer.js';
import { questionDetailView } from './views/question-detail.view.js';
import { questionsView, type QuestionSearch } from './views/questions.view.js';
import { PageRequestPipe, type PageRequest } from './render/page-request.pipe.js';

const PAGE_SIZE = 50;
// A CSV holds every match, not one page; this bounds one download.
const CSV_MAX_ROWS = 10_000;

/** `/vragen` (search, filters, CSV of all matches) and `/vragen/:key` (one set, its timeline, answers, commitments). */
// HTML for people, not part of the JSON API's OpenAPI document.
@ApiExcludeController()
@Controller('vragen')
@UseFilters(PageExceptionFilter)
export class QuestionsPageController {
  constructor(
    @Inject(QuestionQueryService) private readonly questions: QuestionQueryService,
    @Inject(DirectoryService) private readonly directory: DirectoryService,
    @Inject(PageRenderer) private readonly pages: PageRenderer,
    @Inject(POLICY) private readonly policy: Policy,
  ) {}

  @Get()
  async list(@Query(PageRequestPipe) page: PageRequest, @Res() res: Response): Promise<void> {
    const { query, asOf, given } = page;
    const search = readSearch(query);
    const csv = csvTableOf(query) !== null;
    const [list, options, members] = await Promise.all([
      this.questions.list({
        ...search.filter,
        text: search.text ?? undefined,
        submittedFrom: search.from ?? undefined,
        submittedTo: search.to ?? undefined,
        statuses: search.statuses as AnswerStatus[],
        asOf,
        sort: search.sort,
        page: csv ? 1 : search.page,
        pageSize: csv ? CSV_MAX_ROWS : PAGE_SIZE,
      }),
      this.directory.filterOptions(),
      this.directory.members(),
    ]);
    await this.pages.send(res, questionsView({ list, search, options, members, asOfGiven: given }), query);
  }

  @Get(':key')
  async detail(@Param('key') key: string, @Query(PageRequestPipe) page: PageRequest, @Res() res: Response): Promise<void> {
    const { query, asOf, given } = page;
    const detail = await this.questions.detail(key, asOf);
    await this.pages.send(res, questionDetailView({ detail, asOfGiven: given, norm: normOf(this.policy) }), query);
  }
}

function readSearch(query: PageQuery): QuestionSearch {
  const statuses = query.status ?? [];
  const unknown = statuses.find((s) => !(ANSWER_STATUSES as readonly string[]).includes(s));
  if (unknown) throw new InvalidInputError('status', `onbekende status ${unknown}; verwacht een van ${ANSWER_STATUSES.join(', ')}`);
  return {
    filter: publicFilterOf(query),
    text: query.q ?? null,
    statuses,
    from: query.from ?? null,
    to: query.to ?? null,
    sort: query.sort ?? '-submittedOn',
    page: query.page ?? 1,
  };
}
