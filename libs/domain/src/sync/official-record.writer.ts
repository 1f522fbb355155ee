import type { EntityManager } from 'typeorm';
import type { CommitmentEntity } from '../commitment/commitment.entity.js';
import type { OfficialRecordChanges } from '../import/question-set-changes.js';
import { QuestionSetWriteRepository, ReferenceIdCache } from '../question-set/question-set-write.repository.js';
import type { QuestionSetEntity } from '../question-set/question-set.entity.js';
import { mergeOfficialDeletion, type DeletableEntity } from './merge-official-deletion.js';
import { mergeOfficialActor, mergeOfficialDocument, mergeOfficialToezegging, mergeOfficialZaak, reassertOfficialPeople } from './merge-official-facts.js';
import { OfficialFactsRepository } from './official-facts.repository.js';
import type { OfficialActorFacts, OfficialDocumentFacts, OfficialToezeggingFacts, OfficialZaakFacts } from './official-facts.js';

/**
 * Writes what the open data says into the same records parsed documents fill, the way the import does: for each
 * record, load the stored facts (OfficialFactsRepository), decide a change set (merge-official-facts.ts, pure), and
 * apply it in one pass (QuestionSetWriteRepository.applyRecordChanges), all on the page's transaction.
 */
export class OfficialRecordWriter {
  private readonly repo: QuestionSetWriteRepository;
  private readonly facts: OfficialFactsRepository;
  /** The sets this writer created, changed or removed: their answer-term projection is refreshed before the transaction ends. */
  readonly touchedSetIds = new Set<number>();

  constructor(
    manager: EntityManager,
    private readonly now: string,
    cache: ReferenceIdCache = new ReferenceIdCache(),
  ) {
    this.repo = new QuestionSetWriteRepository(manager, cache);
    this.facts = new OfficialFactsRepository(manager, this.repo);
  }

  async applyZaak(facts: OfficialZaakFacts): Promise<void> {
    const stored = await this.facts.zaak(facts.zaak, facts.apiId);
    await this.apply({ sets: [mergeOfficialZaak(stored, facts, this.now)], commitment: null });
  }

  /** A ZaakActor read on its own feed; false when its zaak is not a stored question set (another Soort, or not yet read). */
  async applyActor(zaak: string, actor: OfficialActorFacts): Promise<boolean> {
    const row = await this.facts.setOfZaak(zaak);
    if (!row) return false;
    const stored = await this.facts.peopleAndActor(row, actor.apiId);
    const changes = mergeOfficialActor(stored.people, stored.actor, actor);
    if (changes) await this.apply({ sets: [changes], commitment: null });
    return true;
  }

  async applyDocument(facts: OfficialDocumentFacts): Promise<void> {
    // One zaak after another: a document of several zaken is in each of their sets.
    for (const zaak of facts.zaken) {
      const row = await this.facts.setOfZaak(zaak);
      const stored = row && (await this.facts.documents(row));
      await this.apply({ sets: [mergeOfficialDocument(stored, zaak, facts, this.now)], commitment: null });
    }
  }

  /** `candidates` are the run's extracted commitments not yet linked; the one this toezegging links is marked. */
  async applyToezegging(facts: OfficialToezeggingFacts, candidates: CommitmentEntity[]): Promise<void> {
    const byNumber = await this.facts.byOfficialNumber(facts.number);
    const commitment = mergeOfficialToezegging({ byNumber, candidates }, facts, this.now);
    await this.apply({ sets: [], commitment });
    if (commitment.kind === 'update') {
      for (const c of candidates) if (c.id === commitment.id) c.officialNumber = facts.number;
    }
  }

  /** A `Verwijderd` placeholder; returns whether anything stored was removed. */
  async applyDeletion(entity: DeletableEntity, apiId: string, apiChangedAt: string | null): Promise<boolean> {
    const sets = mergeOfficialDeletion(await this.facts.deletion(entity, apiId), { apiId, apiChangedAt }, this.now);
    await this.apply({ sets, commitment: null });
    return sets.length > 0;
  }

  /** After a parsed text merged its own names into the set: the submitters and addressees go back to the official ones. */
  async reassertPeople(set: QuestionSetEntity): Promise<void> {
    await this.apply({ sets: [reassertOfficialPeople(await this.facts.people(set))], commitment: null });
  }

  /** Extracted commitments an official toezegging may turn out to be. */
  extractedCandidates(): Promise<CommitmentEntity[]> {
    return this.facts.extractedCandidates();
  }

  private async apply(changes: OfficialRecordChanges): Promise<void> {
    for (const id of await this.repo.applyRecordChanges(changes)) this.touchedSetIds.add(id);
  }
}
