import type { EntityManager } from 'typeorm';
import { CommitmentEntity } from '../commitment/commitment.entity.js';
import { ministryFromRole } from '../ministry/ministry-from-role.util.js';
import { kamerDateOf } from '../rules/kamer-date-of.util.js';
import { ministerLabel } from '../question-set/minister-label.util.js';
import { QuestionSetWriteRepository, ReferenceIdCache } from '../question-set/question-set-write.repository.js';
import { DeferralEntity } from '../question-set/deferral.entity.js';
import { QuestionSetSubmitterEntity, QuestionSetAddresseeEntity } from '../question-set/question-set-link.entities.js';
import { QuestionSetEntity } from '../question-set/question-set.entity.js';
import type { OfficialDocumentFacts, OfficialToezeggingFacts, OfficialZaakFacts } from './official-facts.js';
import { DataConflictEntity, QuestionSetDocumentEntity } from './sync.entities.js';
import { textSimilarity } from './text-similarity.util.js';

/** Extracted and official commitments this alike are one commitment: the official number is linked, no second row. */
export const OFFICIAL_MATCH_THRESHOLD = 0.7;

/** The register's status in termijnwacht's lifecycle. "Deels voldaan" stays open: part of the promise is still owed. */
export function lifecycleOfOfficialStatus(status: string | null): 'open' | 'fulfilled' | 'withdrawn' {
  const s = (status ?? '').toLowerCase();
  if (s === 'voldaan' || s === 'afgedaan') return 'fulfilled';
  if (s === 'vervallen') return 'withdrawn';
  return 'open';
}

/**
 * Writes what the open data says into the same records parsed documents fill. One question set per zaak whichever
 * source came first; where both give a value and they differ, the official value wins and the other is logged.
 */
export class OfficialRecordWriter {
  private readonly repo: QuestionSetWriteRepository;
  /** The sets this writer created or changed: their answer-term projection is refreshed before the transaction ends. */
  readonly touchedSetIds = new Set<number>();

  constructor(
    private readonly manager: EntityManager,
    private readonly now: string,
    cache: ReferenceIdCache = new ReferenceIdCache(),
  ) {
    this.repo = new QuestionSetWriteRepository(manager, cache);
  }

  async applyZaak(facts: OfficialZaakFacts): Promise<void> {
    const addressee = facts.addressedTo[0] ?? null;
    const ministryId = await this.repo.ministryId(ministryFromRole(addressee)?.slug ?? null);
    const { set, created } = await this.findOrCreateSet(facts.zaak, { title: facts.title, submittedOn: facts.submittedOn });
    const patch: Partial<QuestionSetEntity> = {};
    await this.officialWins(set, 'title', facts.title, patch);
    await this.officialWins(set, 'submittedOn', facts.submittedOn, patch);
    if (facts.officialTerm !== set.officialTerm) patch.officialTerm = facts.officialTerm;
    if (!set.ministerLabel && addressee) {
      patch.ministerLabel = ministerLabel(addressee, null);
      patch.ministryId = ministryId;
    }
    await this.patchSet(set, patch);

    const submitters = this.manager.getRepository(QuestionSetSubmitterEntity);
    const known = new Set(created ? [] : (await submitters.find({ where: { questionSetId: set.id } })).map((s) => s.personId));
    for (const [index, submitter] of facts.submitters.entries()) {
      const partyId = await this.repo.partyId(submitter.party);
      const personId = await this.repo.personId(submitter.name, partyId);
      if (known.has(personId)) continue;
      await this.repo.insertSubmitter({ questionSetId: set.id, personId, position: known.size + index, partyId });
      known.add(personId);
    }
    const addressees = this.manager.getRepository(QuestionSetAddresseeEntity);
    const roles = new Set(created ? [] : (await addressees.find({ where: { questionSetId: set.id } })).map((a) => a.role));
    for (const role of facts.addressedTo) {
      if (roles.has(role)) continue;
      await this.repo.insertAddressee({ questionSetId: set.id, role, ministryId: await this.repo.ministryId(ministryFromRole(role)?.slug ?? null) });
    }
  }

  async applyDocument(facts: OfficialDocumentFacts): Promise<void> {
    for (const zaak of facts.zaken) {
      const { set } = await this.findOrCreateSet(zaak, {});
      const documents = this.manager.getRepository(QuestionSetDocumentEntity);
      const known = await documents.findOne({ where: { questionSetId: set.id, documentNumber: facts.documentNumber } });
      if (known) await documents.update({ id: known.id }, { role: facts.role, date: facts.date, subject: facts.subject });
      else await documents.insert({ questionSetId: set.id, documentNumber: facts.documentNumber, role: facts.role, date: facts.date, subject: facts.subject });

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
    const lifecycle = lifecycleOfOfficialStatus(facts.officialStatus);
    const official = {
      officialNumber: facts.number,
      officialStatus: facts.officialStatus,
      status: lifecycle,
      fulfilledBy: facts.fulfilledBy,
      // The register gives no closing date: the day a sync first saw it closed is the best known, and is kept after.
      closedOn: lifecycle === 'open' ? null : existing?.status === lifecycle && existing.closedOn ? existing.closedOn : kamerDateOf(new Date(this.now), 'Europe/Amsterdam'),
      updatedAt: this.now,
    };
    if (existing) {
      // The register's date wins when it states one; an extracted row keeps its own text and review.
      await repo.update({ id: existing.id }, { ...official, ...(facts.dueDate ? { dueDate: facts.dueDate, dueImplied: false } : {}) });
      existing.officialNumber = facts.number;
      return;
    }
    await repo.insert({
      questionSetId: null,
      questionNumber: null,
      text: facts.text,
      spanStart: null,
      spanEnd: null,
      actor: facts.actor,
      action: null,
      dueText: null,
      dueDate: facts.dueDate,
      dueImplied: false,
      strength: 'firm',
      origin: 'toezeggingenregister',
      madeOn: facts.madeOn,
      reviewState: 'confirmed',
      source: 'official',
      extractionKey: null,
      ministry: facts.ministry,
      createdAt: this.now,
      ...official,
    });
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

  private async findOrCreateSet(zaak: string, initial: { title?: string | null; submittedOn?: string | null }): Promise<{ set: QuestionSetEntity; created: boolean }> {
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
