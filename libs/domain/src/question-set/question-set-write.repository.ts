import type { EntityManager } from 'typeorm';
import { CommitmentEntity } from '../commitment/commitment.entity.js';
import { MINISTRIES } from '../ministry/ministry-catalogue.js';
import { MinistryEntity } from '../ministry/ministry.entity.js';
import { PartyEntity, PersonEntity } from '../person/person.entity.js';
import { personKey, slugify } from '../person/person-key.util.js';
import { partyAbbreviation } from '../person/party-abbreviation.util.js';
import { SourceDocumentEntity } from '../source-document/source-document.entity.js';
import { DeferralEntity } from './deferral.entity.js';
import {
  QuestionSetAddresseeEntity,
  QuestionSetAnswererEntity,
  QuestionSetSubmitterEntity,
  QuestionSetTopicEntity,
} from './question-set-link.entities.js';
import { QuestionSetEntity } from './question-set.entity.js';
import { QuestionEntity } from './question.entity.js';

/** What is stored of one question set, loaded to merge a new document into it. */
export interface StoredQuestionSet {
  row: QuestionSetEntity;
  questions: Map<number, QuestionEntity>;
  deferralKeys: Set<string>;
  submitterIds: Set<number>;
  answererIds: Set<number>;
  addresseeRoles: Set<string>;
  topics: Set<string>;
  extractionKeys: Set<string>;
}

/**
 * Ids of parties, people and ministries already looked up, shared across the transactions of one bulk run (a sync).
 * Only valid while those transactions commit: whoever owns it clears it when one fails.
 */
export class ReferenceIdCache {
  readonly parties = new Map<string, number>();
  readonly people = new Map<string, { id: number; name: string; partyId: number | null }>();
  readonly ministries = new Map<string, number>();

  clear(): void {
    this.parties.clear();
    this.people.clear();
    this.ministries.clear();
  }
}

/** All writes of the import path. Every method takes the transaction's manager: one transaction per document. */
export class QuestionSetWriteRepository {
  constructor(
    private readonly manager: EntityManager,
    private readonly cache: ReferenceIdCache = new ReferenceIdCache(),
  ) {}

  async findSourceDocumentByHash(contentHash: string): Promise<SourceDocumentEntity | null> {
    return this.manager.getRepository(SourceDocumentEntity).findOne({ where: { contentHash }, select: { id: true, questionSetId: true } });
  }

  /** Finds the set a document belongs to: by zaak, by document id, or by submission date and first submitter. */
  async findMatchingSet(match: {
    zaak: string | null;
    answerDocumentId: string | null;
    questionDocumentId: string | null;
    key: string;
    submittedOn: string | null;
    firstSubmitterKey: string | null;
  }): Promise<QuestionSetEntity | null> {
    // One query for every identifier the document carries; the order of preference is applied here.
    const ids = { zaak: match.zaak, answerDocumentId: match.answerDocumentId, questionDocumentId: match.questionDocumentId, key: match.key };
    const qb = this.manager.createQueryBuilder(QuestionSetEntity, 'qs').where('qs.key = :key', { key: match.key });
    if (match.zaak) qb.orWhere('qs.zaak = :zaak', { zaak: match.zaak });
    if (match.answerDocumentId) qb.orWhere('qs.answerDocumentId = :answerDocumentId', { answerDocumentId: match.answerDocumentId });
    if (match.questionDocumentId) qb.orWhere('qs.questionDocumentId = :questionDocumentId', { questionDocumentId: match.questionDocumentId });
    const candidates = await qb.getMany();
    const byZaak = match.zaak ? candidates.find((c) => c.zaak === match.zaak) : undefined;
    if (byZaak) return byZaak;
    for (const column of ['answerDocumentId', 'questionDocumentId', 'key'] as const) {
      const value = ids[column];
      // A document with a zaak never joins a set that already has a different zaak.
      const found = value ? candidates.find((c) => c[column] === value && (!match.zaak || !c.zaak)) : undefined;
      if (found) return found;
    }
    if (match.submittedOn && match.firstSubmitterKey) {
      const candidates = await this.manager
        .createQueryBuilder(QuestionSetEntity, 'qs')
        .innerJoin(QuestionSetSubmitterEntity, 's', 's.questionSetId = qs.id')
        .innerJoin(PersonEntity, 'p', 'p.id = s.personId')
        .where('qs.submittedOn = :submittedOn', { submittedOn: match.submittedOn })
        .andWhere('p.slug = :slug', { slug: match.firstSubmitterKey })
        .getMany();
      const compatible = candidates.filter((c) => !match.zaak || !c.zaak);
      if (compatible.length === 1) return compatible[0];
    }
    return null;
  }

  async load(row: QuestionSetEntity): Promise<StoredQuestionSet> {
    const id = row.id;
    const m = this.manager;
    const [questions, deferrals, submitters, answerers, addressees, topics, commitments] = await Promise.all([
      m.getRepository(QuestionEntity).find({ where: { questionSetId: id } }),
      m.getRepository(DeferralEntity).find({ where: { questionSetId: id }, select: { id: true, dedupeKey: true } }),
      m.getRepository(QuestionSetSubmitterEntity).find({ where: { questionSetId: id } }),
      m.getRepository(QuestionSetAnswererEntity).find({ where: { questionSetId: id } }),
      m.getRepository(QuestionSetAddresseeEntity).find({ where: { questionSetId: id } }),
      m.getRepository(QuestionSetTopicEntity).find({ where: { questionSetId: id } }),
      m.getRepository(CommitmentEntity).find({ where: { questionSetId: id }, select: { id: true, extractionKey: true } }),
    ]);
    return {
      row,
      questions: new Map(questions.map((q) => [q.number, q])),
      deferralKeys: new Set(deferrals.map((d) => d.dedupeKey)),
      submitterIds: new Set(submitters.map((s) => s.personId)),
      answererIds: new Set(answerers.map((a) => a.personId)),
      addresseeRoles: new Set(addressees.map((a) => a.role)),
      topics: new Set(topics.map((t) => t.topic)),
      extractionKeys: new Set(commitments.flatMap((c) => (c.extractionKey ? [c.extractionKey] : []))),
    };
  }

  async insertSet(values: Omit<QuestionSetEntity, 'id'>): Promise<QuestionSetEntity> {
    const result = await this.manager.getRepository(QuestionSetEntity).insert(values);
    return { ...values, id: Number(result.identifiers[0].id) };
  }

  async updateSet(id: number, values: Partial<QuestionSetEntity>): Promise<void> {
    await this.manager.getRepository(QuestionSetEntity).update({ id }, values);
  }

  async insertQuestions(values: Omit<QuestionEntity, 'id'>[]): Promise<void> {
    if (values.length > 0) await this.manager.getRepository(QuestionEntity).insert(values);
  }

  async updateQuestion(id: number, values: Partial<QuestionEntity>): Promise<void> {
    await this.manager.getRepository(QuestionEntity).update({ id }, values);
  }

  async insertDeferral(values: Omit<DeferralEntity, 'id'>): Promise<void> {
    await this.manager.getRepository(DeferralEntity).insert(values);
  }

  async insertSubmitter(values: QuestionSetSubmitterEntity): Promise<void> {
    await this.manager.getRepository(QuestionSetSubmitterEntity).insert(values);
  }

  async insertAnswerer(values: QuestionSetAnswererEntity): Promise<void> {
    await this.manager.getRepository(QuestionSetAnswererEntity).insert(values);
  }

  async insertAddressee(values: QuestionSetAddresseeEntity): Promise<void> {
    await this.manager.getRepository(QuestionSetAddresseeEntity).insert(values);
  }

  async insertTopics(values: QuestionSetTopicEntity[]): Promise<void> {
    if (values.length > 0) await this.manager.getRepository(QuestionSetTopicEntity).insert(values);
  }

  async insertCommitments(values: Omit<CommitmentEntity, 'id'>[]): Promise<void> {
    if (values.length > 0) await this.manager.getRepository(CommitmentEntity).insert(values);
  }

  async insertSourceDocument(values: Omit<SourceDocumentEntity, 'id'>): Promise<number> {
    const result = await this.manager.getRepository(SourceDocumentEntity).insert(values);
    return Number(result.identifiers[0].id);
  }

  /** The party row for an abbreviation, created on first sight. */
  async partyId(written: string | null): Promise<number | null> {
    if (!written) return null;
    const abbreviation = partyAbbreviation(written);
    const slug = slugify(abbreviation);
    const cached = this.cache.parties.get(slug);
    if (cached !== undefined) return cached;
    const repo = this.manager.getRepository(PartyEntity);
    const found = await repo.findOne({ where: { slug } });
    const id = found ? found.id : Number((await repo.insert({ abbreviation, slug })).identifiers[0].id);
    this.cache.parties.set(slug, id);
    return id;
  }

  /** The person row for a name, created on first sight; the longer form of a name wins for display. */
  async personId(name: string, partyId: number | null): Promise<number> {
    const slug = personKey(name);
    const repo = this.manager.getRepository(PersonEntity);
    const found = this.cache.people.get(slug) ?? (await repo.findOne({ where: { slug }, select: { id: true, name: true, partyId: true } }));
    if (found) {
      const patch: Partial<PersonEntity> = {};
      if (name.length > found.name.length) patch.name = name;
      if (partyId !== null && found.partyId !== partyId) patch.partyId = partyId;
      if (Object.keys(patch).length > 0) await repo.update({ id: found.id }, patch);
      this.cache.people.set(slug, { id: found.id, name: patch.name ?? found.name, partyId: patch.partyId ?? found.partyId });
      return found.id;
    }
    const id = Number((await repo.insert({ name, slug, partyId })).identifiers[0].id);
    this.cache.people.set(slug, { id, name, partyId });
    return id;
  }

  /** The ministry row for a catalogue slug, created on first use so the table holds only ministries seen. */
  async ministryId(slug: string | null): Promise<number | null> {
    if (!slug) return null;
    const cached = this.cache.ministries.get(slug);
    if (cached !== undefined) return cached;
    const repo = this.manager.getRepository(MinistryEntity);
    const found = await repo.findOne({ where: { slug } });
    const definition = MINISTRIES.find((m) => m.slug === slug);
    if (!found && !definition) return null;
    const id = found ? found.id : Number((await repo.insert({ slug, name: definition!.name, abbreviation: definition!.abbreviation })).identifiers[0].id);
    this.cache.ministries.set(slug, id);
    return id;
  }
}
