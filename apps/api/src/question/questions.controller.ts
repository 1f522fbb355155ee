import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { POLICY, QuestionQueryService, type Policy, type QuestionDetail, type QuestionListPage } from '#domain';
import { ApiErrorSchema } from '../openapi/api-error.schema.js';
import { IdentifierPipe } from '../common/identifier.pipe.js';
import { today } from '../common/today.util.js';
import { QuestionDetailSchema, QuestionListPageSchema } from '../openapi/question.schema.js';
import { QuestionDetailQueryDto, QuestionListQueryDto } from './question-list.query.dto.js';

@ApiTags('questions')
@ApiBadRequestResponse({ type: ApiErrorSchema, description: 'A parameter is invalid or unknown; the message names it' })
@Controller('questions')
export class QuestionsController {
  constructor(
    private readonly questions: QuestionQueryService,
    @Inject(POLICY) private readonly policy: Policy,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Question sets with their status as of a date: filtered, sorted, paged' })
  @ApiOkResponse({ type: QuestionListPageSchema })
  list(@Query() query: QuestionListQueryDto): Promise<QuestionListPage> {
    const { status, asOf, q, sort, page, pageSize, ...filters } = query;
    return this.questions.list({
      ...filters,
      text: q,
      statuses: status,
      asOf: asOf ?? today(this.policy),
      sort: sort ?? '-submittedOn',
      page: page ?? 1,
      pageSize: pageSize ?? 50,
    });
  }

  @Get(':zaak')
  @ApiOperation({ summary: 'One question set: questions, answers, deferrals, commitments and a timeline' })
  @ApiParam({ name: 'zaak', description: 'Zaak number, question set key, or a kv-tk / ah-tk document id', example: '2022Z01519' })
  @ApiOkResponse({ type: QuestionDetailSchema })
  @ApiNotFoundResponse({ type: ApiErrorSchema })
  detail(@Param('zaak', new IdentifierPipe('zaak')) zaak: string, @Query() query: QuestionDetailQueryDto): Promise<QuestionDetail> {
    return this.questions.detail(zaak, query.asOf ?? today(this.policy));
  }
}
