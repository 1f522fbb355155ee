import { ApiPropertyOptional } from '@nestjs/swagger';
import { ANSWER_STATUSES, MINISTRIES, QUESTION_SORTS, type AnswerStatus, type QuestionSort } from '#domain';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CommaList } from '../common/comma-list.transform.js';
import { IsKamerDate, IsNotBefore } from '../common/kamer-date.validator.js';

const MINISTRY_SLUGS = MINISTRIES.map((m) => m.slug);

/** GET /questions: every parameter optional; unknown ones are refused. */
export class QuestionListQueryDto {
  @ApiPropertyOptional({ description: 'One status or a comma-separated list, as of `asOf`', example: 'overdue,overdue_deferred' })
  @IsOptional()
  @CommaList()
  @IsArray()
  @IsIn(ANSWER_STATUSES, { each: true, message: `status must be one or more (comma-separated) of: ${ANSWER_STATUSES.join(', ')}` })
  status?: AnswerStatus[];

  @ApiPropertyOptional({ description: 'The date the status is told as of (YYYY-MM-DD); default today in Europe/Amsterdam', example: '2022-03-01' })
  @IsOptional()
  @IsKamerDate()
  asOf?: string;

  @ApiPropertyOptional({ description: 'Ministry slug', enum: MINISTRY_SLUGS })
  @IsOptional()
  @IsIn(MINISTRY_SLUGS, { message: `ministry must be one of: ${MINISTRY_SLUGS.join(', ')}` })
  ministry?: string;

  @ApiPropertyOptional({ description: "Text in the minister's label or an answerer's name", example: 'Hoekstra' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  minister?: string;

  @ApiPropertyOptional({ description: "A submitter's name or surname", example: 'Sjoerdsma' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  submitter?: string;

  @ApiPropertyOptional({ description: "A submitter's party abbreviation, case-insensitive", example: 'D66' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  party?: string;

  @ApiPropertyOptional({ description: 'A theme, case-insensitive', example: 'sport' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  topic?: string;

  @ApiPropertyOptional({ description: 'Submitted on or after (YYYY-MM-DD)' })
  @IsOptional()
  @IsKamerDate()
  submittedFrom?: string;

  @ApiPropertyOptional({ description: 'Submitted on or before (YYYY-MM-DD)' })
  @IsOptional()
  @IsKamerDate()
  @IsNotBefore('submittedFrom')
  submittedTo?: string;

  @ApiPropertyOptional({ description: 'Text in the title', example: 'veiligheid' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: QUESTION_SORTS, default: '-submittedOn' })
  @IsOptional()
  @IsIn(QUESTION_SORTS, { message: `sort must be one of: ${QUESTION_SORTS.join(', ')}` })
  sort?: QuestionSort;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}

/** GET /questions/:zaak */
export class QuestionDetailQueryDto {
  @ApiPropertyOptional({ description: 'The date the status is told as of (YYYY-MM-DD); default today in Europe/Amsterdam' })
  @IsOptional()
  @IsKamerDate()
  asOf?: string;
}
