import type { DataSource } from 'typeorm';
import { NotFoundError } from '../common/domain-errors.js';
import { SourceDocumentRepository, type StoredOriginal } from './source-document.repository.js';

/** The original text of an imported document, verbatim, so any figure can be traced to its source. */
export class SourceDocumentService {
  private readonly repo: SourceDocumentRepository;

  constructor(dataSource: DataSource) {
    this.repo = new SourceDocumentRepository(dataSource);
  }

  async original(id: number): Promise<StoredOriginal> {
    const found = await this.repo.findOriginal(id);
    if (!found) throw new NotFoundError(`no document with id ${id}`);
    return found;
  }
}
