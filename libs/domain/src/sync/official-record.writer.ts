import type { EntityManager } from 'typeorm';
import { CommitmentEntity } from '../commitment/commitment.entity.js';
import { QuestionSetWriteRepository, ReferenceIdCache } from '../question-set/question-set-write.repository.js';
import { DeferralEntity } from '../question-set/deferral.entity.js';
import { QuestionSetEntity } from '../question-set/question-set.entity.js';
import type { OfficialActorFacts, OfficialDocumentFacts, OfficialToezeggingFacts, OfficialZaakFacts } from './official-facts.js';
import { TOEZEGGING_STATUS } from './odata-types.js';
import { OfficialPeople } from './official-people.js';
import { DataConflictEntity, OfficialZaakEntity, QuestionSetDocumentEntity } from './sync.entities.js';
import { textSimilarity } from './text-similarity.util.js';
import { newCommitmentRow } from '../commitment/new-commitment-row.js';

/** Extracted and official commitments this alike are one commitment: the official number is linked, no second row. */
export const OFFICIAL_MATCH_THRESHOLD = 0.7;

/** The register's status in termijnwacht's lifecycle (every value of ANCHORS §3.6); an unknown one stays open. */
export function lifecycleOfOfficialStatus(status: string | null): 'open' | 'fulfilled' | 'withdrawn' {
  return status === null ? 'open' : (TOEZEGGING_STATUS[status.trim().toLowerCase()] ?? 'open');
}

/** The file types whose text termijnwacht extracts (by the API's ContentType). */
export const READABLE_CONTENT_TYPES = ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];

export function isReadableContentType(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  return READABLE_CONTENT_TYPES.includes(type);
}

/**
 * Writes what the open data says into the same records parsed documents fill. One question set per zaak whichever
 * source came first; where both give a value and they differ, the official value wins and the other is logged.
 */
export class OfficialRecordWriter {
  private readonly repo: QuestionSetWriteRepository;
  readonly people: OfficialPeople;
  /** The sets this writer created or changed: their answer-term projection is refreshed before the transaction ends. */
  readonly touchedSetIds = new Set<number>();

  constructor(
    private readonly manager: EntityManager,
    private readonly now: string,
    cache: ReferenceIdCache = new ReferenceIdCache(),
  ) {
    this.repo = new QuestionSetWriteRepository(manager, cache);
    this.people = new OfficialPeople(manager, this.repo);
  }

  async applyZaak(facts: OfficialZaakFacts): Promise<void> {
    const { set, created } = await this.findOrCreateSet(facts.zaak, { title: facts.title, submittedOn: facts.submittedOn });
    const zaken = this.manager.getRepository(OfficialZaakEntity);
    // A set made just now has nothing stored to compare with (the common case in a backfill): fewer reads.
    const known = created ? null : await zaken.findOne({ where: { apiId: facts.apiId } });
    if (created) await zaken.insert({ apiId: facts.apiId, zaak: facts.zaak, questionSetId: set.id });
    else if (!known || known.questionSetId !== set.id || known.zaak !== facts.zaak)
      await zaken.upsert({ apiId: facts.apiId, zaak: facts.zaak, questionSetId: set.id }, ['apiId']);
    const patch: Partial<QuestionSetEntity> = {};
    await this.officialWins(set, 'title', facts.title, patch);
    await this.officialWins(set, 'submittedOn', facts.submittedOn, patch);
    if (facts.officialTerm !== set.officialTerm) patch.officialTerm = facts.officialTerm;
    await this.patchSet(set, patch);
    if (facts.actors) await this.people.replaceActors(set, facts.actors, created);
  }

  /** A ZaakActor read on its own feed; false when its zaak is not a stored question set (another Soort, or not yet read). */
  async applyActor(zaak: string, actor: OfficialActorFacts): Promise<boolean> {
    const set = await this.manager.getRepository(QuestionSetEntity).findOne({ where: { zaak } });
    if (!set) return false;
    if (await this.people.upsertActor(set, actor)) this.touchedSetIds.add(set.id);
    return true;
  }

  async applyDocument(facts: OfficialDocumentFacts): Promise<void> {
    const textState = isReadableContentType(facts.contentType) ? 'pending' : null;
    for (const zaak of facts.zaken) {
      const { set } = await this.findOrCreateSet(zaak, {});
      const documents = this.manager.getRepository(QuestionSetDocumentEntity);
      const known = await documents.findOne({ where: { questionSetId: set.id, documentNumber: facts.documentNumber } });
      const values = { role: facts.role, date: facts.date, subject: facts.subject, apiId: facts.apiId, contentType: facts.contentType };
      if (!known) {
        await documents.insert({
          questionSetId: set.id,
          documentNumber: facts.documentNumber,
          ...values,
          textState,
          textError: null,
          textAttempts: 0,
          textCheckedAt: null,
        });
      } else if (Object.entries(values).some(([k, v]) => known[k as keyof typeof values] !== v)) {
        // A new file type is a new file: read it again.
        const reread = known.contentType !== facts.contentType ? { textState, textError: null, textAttempts: 0 } : {};
        await documents.update({ id: known.id }, { ...values, ...reread });
      }

      const patch: Partial<QuestionSetEntity> = {};
      if (facts.role === 'answer') await this.officialWins(set, 'answeredOn', await this.firstAnswerDate(set.id), patch);
      if (facts.role === 'withdrawal' && facts.date) await this.officialWins(set, 'withdrawnOn', facts.date, patch);
      if (facts.role === 'answer' && !set.documentNumber) patch.documentNumber = facts.documentNumber;
      await this.patchSet(set, patch);
      if (facts.role === 'deferral' && facts.date) await this.addDeferral(set.id, facts.date, facts.subject);
    }
  }

  async applyToezegging(facts: OfficialToezeggingFacts, candidates: CommitmentEntity[]): Promise<void> {
    const repo = this.manager.getRepository(CommitmentEntity);
    const existing = (await repo.findOne({ where: { officialNumber: facts.number } })) ?? this.bestMatch(facts, candidates);
    // An unknown status is stored as-is (officialStatus) and reported by the sync; the lifecycle stays as it was.
    const lifecycle = facts.lifecycle ?? existing?.status ?? 'open';
    const official = {
      officialNumber: facts.number,
      officialStatus: facts.officialStatus,
      status: lifecycle,
      fulfilledBy: facts.fulfilledBy,
      // The fulfilling letter's date, or null when the API names none: never the day of the sync.
      closedOn: lifecycle === 'open' ? null : facts.fulfilledOn,
      updatedAt: this.now,
    };
    if (existing) {
      // The register's date wins when it states one; an extracted row keeps its own text and review.
      await repo.update({ id: existing.id }, { ...official, ...(facts.dueDate ? { dueDate: facts.dueDate, dueImplied: false } : {}) });
      existing.officialNumber = facts.number;
      return;
    }
    await repo.insert(
      newCommitmentRow(
        {
          text: facts.text,
          actor: facts.actor,
          dueDate: facts.dueDate,
          strength: 'firm',
          origin: 'toezeggingenregister',
          madeOn: facts.madeOn,
          reviewState: 'confirmed',
          source: 'official',
          ministry: facts.ministry,
          ...official,
        },
        this.now,
      ),
    );
  }

  /** Extracted commitments an official toezegging may turn out to be. */
  extractedCandidates(): Promise<CommitmentEntity[]> {
    return this.manager.getRepository(CommitmentEntity).find({ where: { source: 'extracted' } });
  }

  private bestMatch(facts: OfficialToezeggingFacts, candidates: CommitmentEntity[]): CommitmentEntity | null {
    let best: CommitmentEntity | null = null;
    let bestScore = OFFICIAL_MATCH_THRESHOLD;
    for (const c of candidates) {
      if (c.officialNumber) continue;
      const score = textSimilarity(c.text, facts.text);
      if (score >= bestScore) [best, bestScore] = [c, score];
    }
    return best;
  }

  private async findOrCreateSet(
    zaak: string,
    initial: { title?: string | null; submittedOn?: string | null },
  ): Promise<{ set: QuestionSetEntity; created: boolean }> {
    const found = await this.manager.getRepository(QuestionSetEntity).findOne({ where: { zaak } });
    if (found) {
      this.touchedSetIds.add(found.id);
      return { set: found, created: false };
    }
    const set = await this.repo.insertSet({
      key: zaak,
      zaak,
      title: initial.title ?? null,
      titleSource: initial.title ? 'official' : null,
      questionDocumentId: `kv-tk-${zaak}`,
      answerDocumentId: null,
      documentNumber: null,
      submittedOn: initial.submittedOn ?? null,
      answeredOn: null,
      withdrawnOn: null,
      officialTerm: null,
      ministryId: null,
      ministerLabel: null,
      createdAt: this.now,
      updatedAt: this.now,
    });
    this.touchedSetIds.add(set.id);
    return { set, created: true };
  }

  private async firstAnswerDate(questionSetId: number): Promise<string | null> {
    const rows = await this.manager.getRepository(QuestionSetDocumentEntity).find({ where: { questionSetId, role: 'answer' }, order: { date: 'ASC' } });
    return rows.find((r) => r.date)?.date ?? null;
  }

  /** Takes the official value; when a different value was stored from a document, remembers it in data_conflict. */
  private async officialWins<K extends 'title' | 'submittedOn' | 'answeredOn' | 'withdrawnOn'>(
    set: QuestionSetEntity,
    field: K,
    official: string | null,
    patch: Partial<QuestionSetEntity>,
  ): Promise<void> {
    const stored = set[field];
    if (official === null || stored === official) return;
    if (stored !== null) {
      const conflicts = this.manager.getRepository(DataConflictEntity);
      const logged = await conflicts.findOne({ where: { questionSetId: set.id, field, storedValue: stored, officialValue: official } });
      if (!logged) await conflicts.insert({ questionSetId: set.id, field, storedValue: stored, officialValue: official, at: this.now });
    }
    patch[field] = official;
    if (field === 'title') patch.titleSource = 'official';
  }

  private async patchSet(set: QuestionSetEntity, patch: Partial<QuestionSetEntity>): Promise<void> {
    if (Object.keys(patch).length === 0) return;
    await this.repo.updateSet(set.id, { ...patch, updatedAt: this.now });
    Object.assign(set, patch);
  }

  private async addDeferral(questionSetId: number, date: string, subject: string | null): Promise<void> {
    const deferrals = this.manager.getRepository(DeferralEntity);
    if (await deferrals.findOne({ where: { questionSetId, dedupeKey: date } })) return;
    await deferrals.insert({ questionSetId, date, text: subject ?? 'Mededeling (uitstel antwoord)', reason: 'other', dedupeKey: date });
  }
}
