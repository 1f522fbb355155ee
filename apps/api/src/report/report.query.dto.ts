import { ApiPropertyOptional } from '@nestjs/swagger';
import { LATENCY_GROUP_BYS, type LatencyGroupBy } from '#domain';
import { IsIn, IsOptional } from 'class-validator';
import { IsKamerDate, IsNotBefore } from '../common/kamer-date.validator.js';

export class OverdueReportQueryDto {
  @ApiPropertyOptional({ description: 'The date of the list (YYYY-MM-DD); default today in Europe/Amsterdam', example: '2022-02-22' })
  @IsOptional()
  @IsKamerDate()
  asOf?: string;
}

export class LatencyReportQueryDto {
  @ApiPropertyOptional({ enum: LATENCY_GROUP_BYS, default: 'ministry' })
  @IsOptional()
  @IsIn(LATENCY_GROUP_BYS, { message: `groupBy must be one of: ${LATENCY_GROUP_BYS.join(', ')}` })
  groupBy?: LatencyGroupBy;

  @ApiPropertyOptional({ description: 'Submitted on or after (YYYY-MM-DD)' })
  @IsOptional()
  @IsKamerDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Submitted on or before (YYYY-MM-DD)' })
  @IsOptional()
  @IsKamerDate()
  @IsNotBefore('from')
  to?: string;

  @ApiPropertyOptional({ description: 'The date the figures are told as of; default today in Europe/Amsterdam' })
  @IsOptional()
  @IsKamerDate()
  asOf?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'csv is also chosen by `Accept: text/csv`' })
  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'format must be one of: json, csv' })
  format?: 'json' | 'csv';
}
