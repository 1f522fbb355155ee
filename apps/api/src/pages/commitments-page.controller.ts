import { Controller, Get, Inject, Query, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { COMMITMENT_STATUSES, CommitmentService, DirectoryService, InvalidInputError, type CommitmentStatus } from '#domain';
import { PageExceptionFilter } from './render/page-exception.filter.js';
import type { PageQuery } from './render/page-query.js';
import { PageRenderer } from './render/page-renderer.js';
import { commitmentsView, type CommitmentSearch } from './views/commitments.view.js';
import { PageRequestPipe, type PageRequest } from './render/page-request.pipe.js';

/** `/toezeggingen`: commitments from answers with their status as of the date, filterable. */
// HTML for people, not part of the JSON API's OpenAPI document.
@ApiExcludeController()
@Controller('toezeggingen')
@UseFilters(PageExceptionFilter)
export class CommitmentsPageController {
  constructor(
    @Inject(CommitmentService) private readonly commitments: CommitmentService,
    @Inject(DirectoryService) private readonly directory: DirectoryService,
    @Inject(PageRenderer) private readonly pages: PageRenderer,
  ) {}

  @Get()
  async list(@Query(PageRequestPipe) page: PageRequest, @Res() res: Response): Promise<void> {
    const { query, asOf, given } = page;
    const search = readSearch(query);
    const filter = {
      asOf,
      ministry: search.ministry ?? undefined,
      actor: search.actor ?? undefined,
      dueFrom: search.dueFrom ?? undefined,
      dueTo: search.dueTo ?? undefined,
    };
    const [unfiltered, shown, ministries] = await Promise.all([
      this.commitments.list(filter),
      this.commitments.list({ ...filter, statuses: search.statuses }),
      this.directory.ministries(),
    ]);
    await this.pages.send(res, commitmentsView({ asOf, asOfGiven: given, search, unfiltered, shown, ministries }), query);
  }
}

function readSearch(query: PageQuery): CommitmentSearch {
  const statuses = query.status ?? [];
  const unknown = statuses.find((s) => !(COMMITMENT_STATUSES as readonly string[]).includes(s));
  if (unknown) throw new InvalidInputError('status', `onbekende status ${unknown}; verwacht een van ${COMMITMENT_STATUSES.join(', ')}`);
  return {
    statuses: statuses as CommitmentStatus[],
    ministry: query.ministry ?? null,
    actor: query.actor ?? null,
    dueFrom: query.dueFrom ?? null,
    dueTo: query.dueTo ?? null,
  };
}
