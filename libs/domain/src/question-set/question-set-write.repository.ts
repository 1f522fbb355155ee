import type { EntityManager } from 'typeorm';
import { CommitmentEntity } from '../commitment/commitment.entity.js';
import { DirectSql } from '../database/direct-sql.js';
import { MINISTRIES } from '../ministry/ministry-catalogue.js';
import type { PersonEntity } from '../person/person.entity.js';
import { personKey, slugify } from '../person/person-key.util.js';
import { partyAbbreviation } from '../person/party-abbreviation.util.js';
import { samePerson } from '../person/same-person.rule.js';
import type { MergeCounts, OfficialRecordChanges, QuestionSetChanges, StoredQuestionSet } from '../import/question-set-changes.js';
import { writeOfficialRows } from './write-official-rows.js';
import type { SourceDocumentEntity } from '../source-document/source-document.entity.js';
import type { DeferralEntity } from './deferral.entity.js';
import type {
  QuestionSetAddresseeEntity,
  QuestionSetAnswererEntity,
  QuestionSetSubmitterEntity,
  QuestionSetTopicEntity,
} from './question-set-link.entities.js';
import type { QuestionSetEntity } from './question-set.entity.js';
import type { QuestionEntity } from './question.entity.js';

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

/**
 * All writes of the import path and the open-data sync. Every method takes the transaction's manager: one
 * transaction per document, or per page of the open data.
 * Hand-written SQL (see DirectSql): through the repository API a new set cost about 20 statements of TypeORM
 * overhead, which bounded the import rate more than SQLite did.
 */
export class QuestionSetWriteRepository {
  private readonly sql: DirectSql;

  constructor(
    private readonly manager: EntityManager,
    private readonly cache: ReferenceIdCache = new ReferenceIdCache(),
  ) {
    this.sql = new DirectSql(manager);
  }

  async findSourceDocumentByHash(contentHash: string): Promise<Pick<SourceDocumentEntity, 'id' | 'questionSetId'> | null> {
    const [found] = await this.sql.select<Pick<SourceDocumentEntity, 'id' | 'questionSetId'>>(
      'SELECT "id", "questionSetId" FROM source_document WHERE "contentHash" = ?',
      [contentHash],
    );
    return found ?? null;
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
    // One query for every identifier the document carries (a null one matches nothing); the order of preference is applied here.
    const ids = { zaak: match.zaak, answerDocumentId: match.answerDocumentId, questionDocumentId: match.questionDocumentId, key: match.key };
    const candidates = await this.sql.select<QuestionSetEntity>(
      'SELECT * FROM question_set WHERE "key" = ? OR "zaak" = ? OR "answerDocumentId" = ? OR "questionDocumentId" = ?',
      [match.key, match.zaak, match.answerDocumentId, match.questionDocumentId],
    );
    const byZaak = match.zaak ? candidates.find((c) => c.zaak === match.zaak) : undefined;
    if (byZaak) return byZaak;
    for (const column of ['answerDocumentId', 'questionDocumentId', 'key'] as const) {
      const value = ids[column];
      // A document with a zaak never joins a set that already has a different zaak.
      const found = value ? candidates.find((c) => c[column] === value && (!match.zaak || !c.zaak)) : undefined;
      if (found) return found;
    }
    if (match.submittedOn && match.firstSubmitterKey) {
      // The primary key (set, person) makes each set appear once. A document with a zaak can only join a set
      // without one; saying so in the SQL lets SQLite start from the few such sets instead of all sets of that day.
      const candidates = await this.sql.select<QuestionSetEntity>(
        `SELECT qs.* FROM question_set qs
         JOIN question_set_submitter s ON s."questionSetId" = qs."id"
         JOIN person p ON p."id" = s."personId"
         WHERE qs."submittedOn" = ? AND p."slug" = ?${match.zaak ? ' AND qs."zaak" IS NULL' : ''}`,
        [match.submittedOn, match.firstSubmitterKey],
      );
      if (candidates.length === 1) return candidates[0];
    }
    return null;
  }

  /** What is stored of a set, for the merge to decide against. */
  async load(row: QuestionSetEntity): Promise<StoredQuestionSet> {
    // One after another: a transaction has one connection, and pg deprecates queuing queries on a busy client.
    const of = <T>(sql: string) => this.sql.select<T>(sql, [row.id]);
    const questions = await of<QuestionEntity>('SELECT "id", "questionSetId", "number", "text", "answer" FROM question WHERE "questionSetId" = ?');
    const deferrals = await of<Pick<DeferralEntity, 'dedupeKey'>>('SELECT "dedupeKey" FROM deferral WHERE "questionSetId" = ?');
    const submitters = await of<Pick<QuestionSetSubmitterEntity, 'personId'>>('SELECT "personId" FROM question_set_submitter WHERE "questionSetId" = ?');
    const answerers = await of<Pick<QuestionSetAnswererEntity, 'personId'>>('SELECT "personId" FROM question_set_answerer WHERE "questionSetId" = ?');
    const addressees = await of<Pick<QuestionSetAddresseeEntity, 'role'>>('SELECT "role" FROM question_set_addressee WHERE "questionSetId" = ?');
    const topics = await of<Pick<QuestionSetTopicEntity, 'topic'>>('SELECT "topic" FROM question_set_topic WHERE "questionSetId" = ?');
    const commitments = await of<Pick<CommitmentEntity, 'extractionKey'>>('SELECT "extractionKey" FROM commitment WHERE "questionSetId" = ?');
    return {
      row,
      ministrySlug: await this.ministrySlug(row.ministryId),
      questions: new Map(questions.map((q) => [q.number, q])),
      deferralKeys: new Set(deferrals.map((d) => d.dedupeKey)),
      submitterIds: new Set(submitters.map((s) => s.personId)),
      answererIds: new Set(answerers.map((a) => a.personId)),
      addresseeRoles: new Set(addressees.map((a) => a.role)),
      topics: new Set(topics.map((t) => t.topic)),
      extractionKeys: new Set(commitments.flatMap((c) => (c.extractionKey ? [c.extractionKey] : []))),
    };
  }

  /**
   * Writes a merge's change set in one pass: the responsible's ministry, the set row, then the people (party and person
   * found or created by key, each linked once), the rows the document adds, one INSERT per table (on PostgreSQL one
   * statement for all of them), and last the open data's own rows. Returns the set as stored (as it was, when deleted)
   * and what changed.
   */
  async applyChanges(changes: QuestionSetChanges): Promise<{ set: QuestionSetEntity; created: boolean; counts: MergeCounts }> {
    await this.ministryId(changes.responsibleMinistrySlug);
    // The open data's addressees name their ministries before the set is grouped under one, as the sync always did.
    if (changes.replaceAddressees) for (const { ministrySlug } of changes.addressees) await this.ministryId(ministrySlug);
    if (changes.set.kind === 'delete') {
      // Its links, documents and official rows go with it (ON DELETE CASCADE); the audit row stays.
      await this.sql.run('DELETE FROM question_set WHERE "id" = ?', [changes.set.row.id]);
      await writeOfficialRows(this.manager, changes.set.row.id, changes.official);
      return { set: changes.set.row, created: false, counts: { ...changes.counts, people: 0 } };
    }
    const set = await this.writeSet(changes.set);
    const questionSetId = set.id;
    const links = await this.peopleLinks(questionSetId, changes);
    for (const { id, answer } of changes.answers) await this.update('question', id, { answer });
    for (const key of changes.removedDeferralKeys)
      await this.sql.run('DELETE FROM deferral WHERE "questionSetId" = ? AND "dedupeKey" = ?', [questionSetId, key]);
    // None of these rows needs an id generated by another: on PostgreSQL they go in one round trip.
    await this.sql.insertIntoTables([
      { table: 'question_set_submitter', rows: links.submitters },
      { table: 'question_set_answerer', rows: links.answerers },
      { table: 'question_set_addressee', rows: links.addressees },
      { table: 'question', rows: changes.newQuestions.map((q) => ({ questionSetId, ...q })) },
      { table: 'question_set_topic', rows: changes.topics.map((topic) => ({ questionSetId, topic })) },
      { table: 'deferral', rows: changes.deferrals.map((d) => ({ questionSetId, ...d })) },
      {
        table: 'commitment',
        rows: changes.commitments.map((c) => ({ ...c.row, questionSetId, extractionKey: `${questionSetId}:${c.keyInSet}` })),
      },
    ]);
    await writeOfficialRows(this.manager, questionSetId, changes.official, changes.set.kind === 'insert');
    const people = links.submitters.length + links.answerers.length + links.addressees.length;
    const { fields, topics, questions, answers, deferrals, commitments } = changes.counts;
    return { set, created: changes.set.kind === 'insert', counts: { fields, people, topics, questions, answers, deferrals, commitments } };
  }

  /** Writes what one record of the open data changes; returns the ids of the sets it wrote to (or found unchanged). */
  async applyRecordChanges(changes: OfficialRecordChanges): Promise<number[]> {
    const ids: number[] = [];
    for (const set of changes.sets) ids.push((await this.applyChanges(set)).set.id);
    const commitment = changes.commitment;
    if (commitment?.kind === 'update') await this.manager.getRepository(CommitmentEntity).update({ id: commitment.id }, commitment.values);
    if (commitment?.kind === 'insert') await this.manager.getRepository(CommitmentEntity).insert(commitment.row);
    return ids;
  }

  private async writeSet(change: Exclude<QuestionSetChanges['set'], { kind: 'delete' }>): Promise<QuestionSetEntity> {
    if (change.kind === 'insert') {
      const { ministrySlug, ...values } = change.values;
      return this.insertSet({ ...values, ministryId: await this.ministryId(ministrySlug) });
    }
    const { ministrySlug, ...patch } = change.patch;
    const values: Partial<QuestionSetEntity> = ministrySlug === undefined ? patch : { ...patch, ministryId: await this.ministryId(ministrySlug) };
    if (Object.keys(values).length > 0) await this.updateSet(change.row.id, change.updatedAt === null ? values : { ...values, updatedAt: change.updatedAt });
    return { ...change.row, ...values };
  }

  /** Finds or creates each named person (and party, and an answerer's ministry); returns the links to write for those not linked yet. */
  private async peopleLinks(
    questionSetId: number,
    changes: QuestionSetChanges,
  ): Promise<{ submitters: QuestionSetSubmitterEntity[]; answerers: QuestionSetAnswererEntity[]; addressees: QuestionSetAddresseeEntity[] }> {
    const submitterIds = new Set(changes.submitters.linkedIds);
    for (const removed of changes.removedSubmitters) {
      const personId = await this.personId(removed.name, await this.partyId(removed.party));
      await this.sql.run('DELETE FROM question_set_submitter WHERE "questionSetId" = ? AND "personId" = ?', [questionSetId, personId]);
      submitterIds.delete(personId);
    }
    const submitters: QuestionSetSubmitterEntity[] = [];
    for (const submitter of changes.submitters.named) {
      const partyId = await this.partyId(submitter.party);
      const personId = await this.personId(submitter.name, partyId);
      if (submitterIds.has(personId)) continue;
      submitters.push({ questionSetId, personId, position: submitterIds.size, partyId });
      submitterIds.add(personId);
    }
    const answererIds = new Set(changes.answerers.linkedIds);
    const answerers: QuestionSetAnswererEntity[] = [];
    for (const answerer of changes.answerers.named) {
      const partyId = await this.partyId(answerer.party);
      const personId = await this.personId(answerer.name, partyId);
      if (answererIds.has(personId)) continue;
      const ministryId = await this.ministryId(answerer.ministrySlug);
      answerers.push({ questionSetId, personId, position: answererIds.size, role: answerer.role, ministryId, partyId });
      answererIds.add(personId);
    }
    const addressees: QuestionSetAddresseeEntity[] = [];
    for (const { role, ministrySlug, position } of changes.addressees) {
      addressees.push({ questionSetId, role, ministryId: await this.ministryId(ministrySlug), position });
    }
    // The open data's addressees replace the stored ones; the new ones are inserted with the other rows (applyChanges).
    if (changes.replaceAddressees && changes.set.kind !== 'insert')
      await this.sql.run('DELETE FROM question_set_addressee WHERE "questionSetId" = ?', [questionSetId]);
    return { submitters, answerers, addressees };
  }

  async insertSet(values: Omit<QuestionSetEntity, 'id'>): Promise<QuestionSetEntity> {
    return { ...values, id: await this.sql.insertRow('question_set', values) };
  }

  async updateSet(id: number, values: Partial<QuestionSetEntity>): Promise<void> {
    await this.update('question_set', id, values);
  }

  async insertSourceDocument(values: Omit<SourceDocumentEntity, 'id'>): Promise<number> {
    return this.sql.insertRow('source_document', values);
  }

  /** The party row for an abbreviation, created on first sight. */
  async partyId(written: string | null): Promise<number | null> {
    if (!written) return null;
    const abbreviation = partyAbbreviation(written);
    const slug = slugify(abbreviation);
    const cached = this.cache.parties.get(slug);
    if (cached !== undefined) return cached;
    const [found] = await this.sql.select<{ id: number }>('SELECT "id" FROM party WHERE "slug" = ?', [slug]);
    const id = found ? found.id : await this.sql.insertRow('party', { abbreviation, slug });
    this.cache.parties.set(slug, id);
    return id;
  }

  /**
   * The person row for a name, created on first sight; the longer form of a name wins for display. Rows that share the
   * surname key are one person only when samePerson says so (given names and parties agree); another person of that
   * surname gets the key with a suffix ("jansen--2"), so two people are never merged.
   */
  async personId(name: string, partyId: number | null): Promise<number> {
    const slug = personKey(name);
    const cacheKey = `${slug}|${name}|${partyId ?? ''}`;
    const cached = this.cache.people.get(cacheKey);
    if (cached) return cached.id;
    const candidates = await this.sql.select<Pick<PersonEntity, 'id' | 'name' | 'partyId'>>(
      'SELECT "id", "name", "partyId" FROM person WHERE "slug" = ? OR "slug" LIKE ? ORDER BY "id"',
      [slug, `${slug}--%`],
    );
    const found = candidates.find((c) => samePerson(c, { name, partyId }));
    if (found) {
      const patch: Partial<PersonEntity> = {};
      if (name.length > found.name.length) patch.name = name;
      if (partyId !== null && found.partyId === null) patch.partyId = partyId;
      if (Object.keys(patch).length > 0) await this.update('person', found.id, patch);
      this.cache.people.set(cacheKey, { id: found.id, name: patch.name ?? found.name, partyId: patch.partyId ?? found.partyId });
      return found.id;
    }
    const id = await this.sql.insertRow('person', { name, slug: candidates.length === 0 ? slug : `${slug}--${candidates.length + 1}`, partyId });
    this.cache.people.set(cacheKey, { id, name, partyId });
    return id;
  }

  /** The ministry row for a catalogue slug, created on first use so the table holds only ministries seen. */
  async ministryId(slug: string | null): Promise<number | null> {
    if (!slug) return null;
    const cached = this.cache.ministries.get(slug);
    if (cached !== undefined) return cached;
    const [found] = await this.sql.select<{ id: number }>('SELECT "id" FROM ministry WHERE "slug" = ?', [slug]);
    const definition = MINISTRIES.find((m) => m.slug === slug);
    if (!found && !definition) return null;
    const id = found ? found.id : await this.sql.insertRow('ministry', { slug, name: definition!.name, abbreviation: definition!.abbreviation });
    this.cache.ministries.set(slug, id);
    return id;
  }

  /** The catalogue slug of a ministry row (most are in the cache by now). */
  async ministrySlug(id: number | null): Promise<string | null> {
    if (id === null) return null;
    for (const [slug, cachedId] of this.cache.ministries) if (cachedId === id) return slug;
    const [found] = await this.sql.select<{ slug: string }>('SELECT "slug" FROM ministry WHERE "id" = ?', [id]);
    if (!found) return null;
    this.cache.ministries.set(found.slug, id);
    return found.slug;
  }

  private async update(table: string, id: number, values: Record<string, unknown>): Promise<void> {
    const columns = Object.keys(values).filter((c) => values[c] !== undefined);
    if (columns.length === 0) return;
    const assignments = columns.map((c) => `"${c}" = ?`).join(', ');
    await this.sql.run(`UPDATE ${table} SET ${assignments} WHERE "id" = ?`, [...columns.map((c) => values[c]), id]);
  }
}
