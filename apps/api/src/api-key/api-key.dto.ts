import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { API_KEY_ROLES, type ApiKeyRole } from '#domain';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class CreateApiKeyDto {
  @ApiProperty({ enum: API_KEY_ROLES })
  @IsIn(API_KEY_ROLES, { message: `role must be one of: ${API_KEY_ROLES.join(', ')}` })
  role: ApiKeyRole;

  @ApiPropertyOptional({ example: 'griffie import' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;
}
