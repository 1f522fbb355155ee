import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// Response schemas for the OpenAPI document only: the services return plain objects of these shapes.

export class ApiErrorSchema {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'Bad Request' }) error: string;
  @ApiProperty({ example: 'asOf must be a real calendar date as YYYY-MM-DD' }) message: string;
  @ApiPropertyOptional({ nullable: true, description: '422 only: the document line at fault', type: Number }) line?: number | null;
}
