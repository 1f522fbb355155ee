import { Body, Controller, Get, Inject, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommitmentService, POLICY, type ApiKeyPrincipal, type CommitmentView, type Policy } from '#domain';
import type { Request } from 'express';
import { RequireRole } from '../api-key/require-role.decorator.js';
import { today } from '../common/today.util.js';
import { ApiErrorSchema } from '../openapi/api-error.schema.js';
import { CommitmentChangeDto, CommitmentCreateDto, CommitmentDetailQueryDto, CommitmentListQueryDto } from './commitment.dto.js';
import { PositiveIntPipe } from '../common/identifier.pipe.js';

type KeyedRequest = Request & { apiKey?: ApiKeyPrincipal };

/** Who made a change, as kept in a commitment's history: the API key's name, never the key. */
function who(request: KeyedRequest): string {
  return request.apiKey ? `${request.apiKey.name} (key ${request.apiKey.id})` : 'unknown';
}

@ApiTags('commitments')
@ApiBadRequestResponse({ type: ApiErrorSchema, description: 'A parameter or field is invalid or unknown; the message names it' })
@Controller('commitments')
export class CommitmentsController {
  constructor(
    @Inject(CommitmentService) private readonly commitments: CommitmentService,
    @Inject(POLICY) private readonly policy: Policy,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Commitments (toezeggingen) with their status as of a date, filtered' })
  async list(@Query() query: CommitmentListQueryDto): Promise<{ asOf: string; total: number; items: CommitmentView[] }> {
    const asOf = query.asOf ?? today(this.policy);
    const items = await this.commitments.list({
      asOf,
      statuses: query.status,
      reviewStates: query.review,
      actor: query.actor,
      ministry: query.ministry,
      dueFrom: query.dueFrom,
      dueTo: query.dueTo,
      zaak: query.zaak,
      sort: query.sort,
    });
    return { asOf, total: items.length, items };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One commitment with its review history' })
  @ApiNotFoundResponse({ type: ApiErrorSchema })
  get(@Param('id', new PositiveIntPipe('id')) id: number, @Query() query: CommitmentDetailQueryDto) {
    return this.commitments.get(id, query.asOf ?? today(this.policy));
  }

  @Patch(':id')
  @RequireRole('editor')
  @ApiOperation({ summary: 'Confirm, reject or correct an extracted commitment, or mark it fulfilled or withdrawn (kept in its history)' })
  @ApiNotFoundResponse({ type: ApiErrorSchema })
  change(@Param('id', new PositiveIntPipe('id')) id: number, @Body() body: CommitmentChangeDto, @Req() request: KeyedRequest): Promise<CommitmentView> {
    return this.commitments.change(id, body, who(request), today(this.policy));
  }

  @Post()
  @RequireRole('editor')
  @ApiOperation({ summary: 'Add a commitment the extractor missed' })
  @ApiNotFoundResponse({ type: ApiErrorSchema, description: 'No question set with that zaak' })
  create(@Body() body: CommitmentCreateDto, @Req() request: KeyedRequest): Promise<CommitmentView> {
    return this.commitments.create(body, who(request), today(this.policy));
  }
}
