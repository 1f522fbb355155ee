import type { DataSource } from 'typeorm';
import { QuestionSetEntity } from '../question-set/question-set.entity.js';
import { SourceDocumentEntity } from './source-document.entity.js';

export interface StoredOriginal {
  id: number;
  questionSetKey: string;
  format: string;
  externalId: string | null;
  filename: string | null;
  contentHash: string;
  importedAt: string;
  text: string;
}

/** Reads of the stored originals. */
export class SourceDocumentRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findOriginal(id: number): Promise<StoredOriginal | null> {
    const row = await this.dataSource
      .createQueryBuilder()
      .from(SourceDocumentEntity, 'sd')
      .innerJoin(QuestionSetEntity, 'q', 'q.id = sd.questionSetId')
      .select('sd.id', 'id')
      .addSelect('q.key', 'questionSetKey')
      .addSelect('sd.format', 'format')
      .addSelect('sd.externalId', 'externalId')
      .addSelect('sd.filename', 'filename')
      .addSelect('sd.contentHash', 'contentHash')
      .addSelect('sd.importedAt', 'importedAt')
      .addSelect('sd.text', 'text')
      .where('sd.id = :id', { id })
      .getRawOne<StoredOriginal>();
    return row ? { ...row, id: Number(row.id) } : null;
  }
}
