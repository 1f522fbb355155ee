import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { COMMITMENT_SORTS, COMMITMENT_STATUSES, type CommitmentSort, type CommitmentStatus } from '#domain';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { CommaList } from '../common/comma-list.transform.js';
import { IsKamerDate, IsNotBefore } from '../common/kamer-date.validator.js';

const REVIEW_STATES = ['extracted', 'confirmed', 'rejected', 'corrected'] as const;

/** GET /commitments: every parameter optional; unknown ones are refused. */
export class CommitmentListQueryDto {
  @ApiPropertyOptional({ description: 'One status or a comma-separated list, as of `asOf`', example: 'open,overdue' })
  @IsOptional()
  @CommaList()
  @IsArray()
  @IsIn(COMMITMENT_STATUSES, { each: true, message: `status must be one or more (comma-separated) of: ${COMMITMENT_STATUSES.join(', ')}` })
  status?: CommitmentStatus[];

  @ApiPropertyOptional({ description: 'The date the status is told as of (YYYY-MM-DD); default today in Europe/Amsterdam' })
  @IsOptional()
  @IsKamerDate()
  asOf?: string;

  @ApiPropertyOptional({ description: 'Review state(s), comma-separated; rejected ones are listed only when asked for', example: 'extracted' })
  @IsOptional()
  @CommaList()
  @IsArray()
  @IsIn(REVIEW_STATES, { each: true, message: `review must be one or more (comma-separated) of: ${REVIEW_STATES.join(', ')}` })
  review?: string[];

  @ApiPropertyOptional({ description: 'Text in the actor as written', example: 'OCW' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  actor?: string;

  @ApiPropertyOptional({ description: 'A ministry slug or part of its name', example: 'bz' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  ministry?: string;

  @ApiPropertyOptional({ description: 'Due on or after (YYYY-MM-DD)' })
  @IsOptional()
  @IsKamerDate()
  dueFrom?: string;

  @ApiPropertyOptional({ description: 'Due on or before (YYYY-MM-DD)' })
  @IsOptional()
  @IsKamerDate()
  @IsNotBefore('dueFrom')
  dueTo?: string;

  @ApiPropertyOptional({ description: 'Zaak number or question set key', example: '2022Z01519' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{3,40}$/, { message: 'zaak must be a zaak number (2022Z01519) or a question set key' })
  zaak?: string;

  @ApiPropertyOptional({
    enum: COMMITMENT_SORTS,
    description: "`due` (default: by due date, undated first) or `confidence` (the extractor's least sure first, for review; manual and official ones last)",
  })
  @IsOptional()
  @IsIn(COMMITMENT_SORTS, { message: `sort must be one of: ${COMMITMENT_SORTS.join(', ')}` })
  sort?: CommitmentSort;
}

export class CommitmentDetailQueryDto {
  @ApiPropertyOptional({ description: 'The date the status is told as of (YYYY-MM-DD); default today' })
  @IsOptional()
  @IsKamerDate()
  asOf?: string;
}

/** PATCH /commitments/:id — confirm or reject as extracted, correct fields, or change the lifecycle. */
export class CommitmentChangeDto {
  @ApiPropertyOptional({ enum: ['confirm', 'reject'], description: 'Review the extraction as it stands' })
  @IsOptional()
  @IsIn(['confirm', 'reject'], { message: 'review must be confirm or reject' })
  review?: 'confirm' | 'reject';

  @ApiPropertyOptional({ description: 'Corrected sentence' })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  text?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(300)
  actor?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  action?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'voor de zomer' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(200)
  dueText?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '2022-07-01' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsKamerDate()
  dueDate?: string | null;

  @ApiPropertyOptional({ enum: ['firm', 'soft'] })
  @IsOptional()
  @IsIn(['firm', 'soft'], { message: 'strength must be firm or soft' })
  strength?: 'firm' | 'soft';

  @ApiPropertyOptional({ enum: ['open', 'fulfilled', 'withdrawn'], description: 'fulfilled needs fulfilledBy' })
  @IsOptional()
  @IsIn(['open', 'fulfilled', 'withdrawn'], { message: 'status must be open, fulfilled or withdrawn' })
  status?: 'open' | 'fulfilled' | 'withdrawn';

  @ApiPropertyOptional({ nullable: true, description: 'The document that fulfils it: a Kamerstuk number or a URL', example: 'Kamerstuk 36 000 VIII, nr. 12' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  fulfilledBy?: string | null;

  @ApiPropertyOptional({ description: 'The day of the fulfilment or withdrawal (YYYY-MM-DD); default today' })
  @IsOptional()
  @IsKamerDate()
  on?: string;

  @ApiPropertyOptional({ nullable: true, description: 'Why; kept in the history' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

/** POST /commitments — one the extractor missed. */
export class CommitmentCreateDto {
  @ApiProperty({ example: '2022Z01519' })
  @Matches(/^[A-Za-z0-9-]{3,40}$/, { message: 'zaak must be a zaak number (2022Z01519) or a question set key' })
  zaak: string;

  @ApiPropertyOptional({ example: 6 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  questionNumber?: number;

  @ApiProperty({ example: 'Ik zal de Kamer voor de zomer informeren over de uitkomsten.' })
  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  text: string;

  @ApiPropertyOptional({ example: 'ik' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  actor?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  action?: string;

  @ApiPropertyOptional({ example: 'voor de zomer' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  dueText?: string;

  @ApiPropertyOptional({ example: '2022-07-01' })
  @IsOptional()
  @IsKamerDate()
  dueDate?: string;

  @ApiProperty({ enum: ['firm', 'soft'] })
  @IsIn(['firm', 'soft'], { message: 'strength must be firm or soft' })
  strength: 'firm' | 'soft';
}
