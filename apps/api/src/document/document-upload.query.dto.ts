import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class DocumentUploadQueryDto {
  @ApiPropertyOptional({ description: 'A name to keep with a text/plain upload (multipart uploads carry their own)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  filename?: string;
}
