import type { EntityManager } from 'typeorm';
import { DeferralEntity } from '../question-set/deferral.entity.js';
import type { ReferenceIdCache } from '../question-set/question-set-write.repository.js';
import { QuestionSetWriteRepository } from '../question-set/question-set-write.repository.js';
import { QuestionSetEntity } from '../question-set/question-set.entity.js';
import { SourceDocumentEntity } from '../source-document/source-document.entity.js';
import { OfficialPeople } from './official-people.js';
import { OfficialActorEntity, OfficialZaakEntity, QuestionSetDocumentEntity, SyncDeletionEntity } from './sync.entities.js';

export type DeletableEntity = 'Zaak' | 'ZaakActor' | 'Document' | 'Toezegging';

/**
 * Applies a `Verwijderd` placeholder (ANCHORS §3.8): what the deleted record gave a question set is taken out of it,
 * and an audit row keeps what was removed and when the sync saw it. A placeholder of something never stored is
 * a no-op (most deletions concern records termijnwacht never kept).
 */
export class OfficialDeletions {
  private readonly repo: QuestionSetWriteRepository;
  private readonly people: OfficialPeople;
  readonly touchedSetIds = new Set<number>();

  constructor(
    private readonly manager: EntityManager,
    private readonly now: string,
    cache: ReferenceIdCache,
  ) {
    this.repo = new QuestionSetWriteRepository(manager, cache);
    this.people = new OfficialPeople(manager, this.repo);
  }

  /** Returns whether anything stored was removed. */
  async apply(entity: DeletableEntity, apiId: string, apiChangedAt: string | null): Promise<boolean> {
    switch (entity) {
      case 'Zaak':
        return this.deleteZaak(apiId, apiChangedAt);
      case 'ZaakActor':
        return this.deleteActor(apiId, apiChangedAt);
      case 'Document':
        return this.deleteDocument(apiId, apiChangedAt);
      default:
        // Toezeggingen carry no API id in termijnwacht's records; a withdrawn one arrives as status "Vervallen".
        return false;
    }
  }

  private async audit(entity: DeletableEntity, apiId: string, questionSetId: number | null, description: string, apiChangedAt: string | null): Promise<void> {
    await this.manager.getRepository(SyncDeletionEntity).insert({ entity, apiId, questionSetId, description, apiChangedAt, seenAt: this.now });
  }

  /** A set known only from the open data goes with its zaak; a set also fed by imported texts keeps those and loses the official rows. */
  private async deleteZaak(apiId: string, apiChangedAt: string | null): Promise<boolean> {
    const row = await this.manager.getRepository(OfficialZaakEntity).findOne({ where: { apiId } });
    if (!row) return false;
    const texts = await this.manager.getRepository(SourceDocumentEntity).count({ where: { questionSetId: row.questionSetId } });
    if (texts === 0) {
      await this.manager.getRepository(QuestionSetEntity).delete({ id: row.questionSetId });
      await this.audit('Zaak', apiId, row.questionSetId, `zaak ${row.zaak}: question set removed`, apiChangedAt);
    } else {
      await this.manager.getRepository(OfficialZaakEntity).delete({ apiId });
      await this.manager.getRepository(OfficialActorEntity).delete({ questionSetId: row.questionSetId });
      await this.manager.getRepository(QuestionSetDocumentEntity).delete({ questionSetId: row.questionSetId });
      await this.audit(
        'Zaak',
        apiId,
        row.questionSetId,
        `zaak ${row.zaak}: official records removed; the set stays for its ${texts} imported text(s)`,
        apiChangedAt,
      );
    }
    this.touchedSetIds.add(row.questionSetId);
    return true;
  }

  private async deleteActor(apiId: string, apiChangedAt: string | null): Promise<boolean> {
    const row = await this.manager.getRepository(OfficialActorEntity).findOne({ where: { apiId } });
    if (!row) return false;
    const set = await this.manager.getRepository(QuestionSetEntity).findOneOrFail({ where: { id: row.questionSetId } });
    await this.people.removeActor(set, row);
    await this.audit('ZaakActor', apiId, set.id, `${row.relation ?? 'actor'} ${row.function ?? row.name ?? ''} of ${set.zaak}`.trim(), apiChangedAt);
    this.touchedSetIds.add(set.id);
    return true;
  }

  /** A withdrawn answer, deferral or withdrawal notice: the dates it gave the set are recomputed from what remains. */
  private async deleteDocument(apiId: string, apiChangedAt: string | null): Promise<boolean> {
    const documents = this.manager.getRepository(QuestionSetDocumentEntity);
    const rows = await documents.find({ where: { apiId } });
    for (const row of rows) {
      await documents.delete({ id: row.id });
      const set = await this.manager.getRepository(QuestionSetEntity).findOneOrFail({ where: { id: row.questionSetId } });
      const remaining = await documents.find({ where: { questionSetId: set.id }, order: { date: 'ASC' } });
      const firstOf = (role: string) => remaining.find((d) => d.role === role && d.date)?.date ?? null;
      const patch: Partial<QuestionSetEntity> = {};
      if (row.role === 'answer' && set.answeredOn === row.date) patch.answeredOn = firstOf('answer');
      if (row.role === 'answer' && set.documentNumber === row.documentNumber)
        patch.documentNumber = remaining.find((d) => d.role === 'answer')?.documentNumber ?? null;
      if (row.role === 'withdrawal' && set.withdrawnOn === row.date) patch.withdrawnOn = firstOf('withdrawal');
      if (Object.keys(patch).length > 0) await this.repo.updateSet(set.id, { ...patch, updatedAt: this.now });
      if (row.role === 'deferral' && row.date && !remaining.some((d) => d.role === 'deferral' && d.date === row.date)) {
        await this.manager.getRepository(DeferralEntity).delete({ questionSetId: set.id, dedupeKey: row.date });
      }
      await this.audit('Document', apiId, set.id, `${row.role} ${row.documentNumber}${row.date ? ` of ${row.date}` : ''} in ${set.zaak}`, apiChangedAt);
      this.touchedSetIds.add(set.id);
    }
    return rows.length > 0;
  }
}
