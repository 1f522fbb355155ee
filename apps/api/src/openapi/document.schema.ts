import { ApiProperty } from '@nestjs/swagger';

class MergeCountsSchema {
  @ApiProperty() fields: number;
  @ApiProperty() questions: number;
  @ApiProperty() answers: number;
  @ApiProperty() deferrals: number;
  @ApiProperty() people: number;
  @ApiProperty() topics: number;
  @ApiProperty() commitments: number;
}

export class ImportResultSchema {
  @ApiProperty({ enum: ['imported', 'updated', 'unchanged'], description: '201 for imported, 200 otherwise' }) outcome: string;
  @ApiProperty({ example: '2022Z01519' }) key: string;
  @ApiProperty({ nullable: true, type: String }) zaak: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'GET /documents/{id} returns the stored original' }) sourceDocumentId: number | null;
  @ApiProperty({ type: MergeCountsSchema }) changes: MergeCountsSchema;
  @ApiProperty({ type: [String] }) warnings: string[];
}

export class DocumentUploadSchema {
  @ApiProperty({ type: 'string', format: 'binary', description: 'The document (listing or page format), UTF-8 text, at most 5 MB' }) file: unknown;
}
