import type { EntityManager } from 'typeorm';
import { CommitmentEntity } from '../commitment/commitment.entity.js';
import { DirectSql } from '../database/direct-sql.js';
import type { StoredOfficialDocuments, StoredOfficialPeople } from '../import/question-set-changes.js';
import type { QuestionSetWriteRepository } from '../question-set/question-set-write.repository.js';
import type { QuestionSetEntity } from '../question-set/question-set.entity.js';
import type { StoredActor, StoredZaak } from './merge-official-facts.js';
import type { StoredDeletion } from './merge-official-deletion.js';
import type { OfficialActorFacts } from './official-facts.js';
import type { QuestionSetDocumentEntity } from './sync.entities.js';

const ACTOR_COLUMNS = '"apiId", "relation", "name", "party", "function"';

// One row shape for four tables. The NULLs are typed: PostgreSQL resolves a UNION's column types pair by pair, and
// two untyped NULLs would make a text column that an integer cannot join.
const PEOPLE_SQL = `
  SELECT 'actor' AS "kind", ${ACTOR_COLUMNS}, "questionSetId", CAST(NULL AS integer) AS "personId",
         CAST(NULL AS varchar) AS "role", CAST(NULL AS varchar) AS "ministrySlug", CAST(NULL AS integer) AS "position"
    FROM official_actor WHERE "questionSetId" = ? OR "apiId" = ?
  UNION ALL
  SELECT 'submitter', NULL, NULL, NULL, NULL, NULL, NULL, "personId", NULL, NULL, NULL FROM question_set_submitter WHERE "questionSetId" = ?
  UNION ALL
  SELECT 'answerer', NULL, NULL, NULL, NULL, NULL, NULL, "personId", NULL, NULL, NULL FROM question_set_answerer WHERE "questionSetId" = ?
  UNION ALL
  SELECT 'addressee', NULL, NULL, NULL, NULL, NULL, NULL, NULL, a."role", m."slug", a."position"
    FROM question_set_addressee a LEFT JOIN ministry m ON m."id" = a."ministryId" WHERE a."questionSetId" = ?`;

type PeopleRow = OfficialActorFacts & {
  kind: 'actor' | 'submitter' | 'answerer' | 'addressee';
  questionSetId: number | string | null;
  personId: number | string | null;
  role: string | null;
  ministrySlug: string | null;
  position: number | string | null;
};

const actorFacts = (r: OfficialActorFacts): OfficialActorFacts => ({
  apiId: r.apiId,
  relation: r.relation,
  name: r.name,
  party: r.party,
  function: r.function,
});

/**
 * Loads what the open-data merges decide against (merge-official-facts.ts, merge-official-deletion.ts), on the
 * page's transaction. Each kind of record loads the facts its merge reads, one query each, one after another (a
 * transaction has one connection).
 */
export class OfficialFactsRepository {
  private readonly sql: DirectSql;

  constructor(
    private readonly manager: EntityManager,
    private readonly sets: QuestionSetWriteRepository,
  ) {
    this.sql = new DirectSql(manager);
  }

  async setOfZaak(zaak: string): Promise<QuestionSetEntity | null> {
    const [row] = await this.sql.select<QuestionSetEntity>('SELECT * FROM question_set WHERE "zaak" = ?', [zaak]);
    return row ?? null;
  }

  async zaak(zaak: string, apiId: string): Promise<StoredZaak> {
    const row = await this.setOfZaak(zaak);
    // A set made just now has nothing stored to compare with (the common case in a backfill): fewer reads.
    if (!row) return { set: null, zaakLink: null };
    const [link] = await this.sql.select<StoredZaak['zaakLink'] & object>('SELECT "zaak", "questionSetId" FROM official_zaak WHERE "apiId" = ?', [apiId]);
    return { set: await this.people(row), zaakLink: link ?? null };
  }

  async actor(apiId: string): Promise<StoredActor | null> {
    const [row] = await this.sql.select<StoredActor>(`SELECT ${ACTOR_COLUMNS}, "questionSetId" FROM official_actor WHERE "apiId" = ?`, [apiId]);
    return row ?? null;
  }

  /** The set's ZaakActors and the submitters, answerers and addressees derived from them. */
  async people(row: QuestionSetEntity): Promise<StoredOfficialPeople> {
    return (await this.peopleAndActor(row, null)).people;
  }

  /**
   * The set's people, and the ZaakActor of `apiId` wherever it is stored, in one statement: the zaak and actor feeds
   * load these for every record, and most records are stored as read.
   */
  async peopleAndActor(row: QuestionSetEntity, apiId: string | null): Promise<{ people: StoredOfficialPeople; actor: StoredActor | null }> {
    const rows = await this.sql.select<PeopleRow>(PEOPLE_SQL, [row.id, apiId, row.id, row.id, row.id]);
    const actors = rows.filter((r) => r.kind === 'actor');
    const people: StoredOfficialPeople = {
      row,
      ministrySlug: await this.sets.ministrySlug(row.ministryId),
      actors: actors.filter((a) => Number(a.questionSetId) === row.id).map(actorFacts),
      submitterIds: new Set(rows.filter((r) => r.kind === 'submitter').map((r) => Number(r.personId))),
      answered: rows.some((r) => r.kind === 'answerer'),
      addressees: rows
        .filter((r) => r.kind === 'addressee')
        .map((r) => ({ role: r.role!, ministrySlug: r.ministrySlug ?? null, position: Number(r.position) }))
        .sort((a, b) => a.position - b.position),
    };
    const stored = actors.find((a) => a.apiId === apiId);
    return { people, actor: stored ? { ...actorFacts(stored), questionSetId: Number(stored.questionSetId) } : null };
  }

  async documents(row: QuestionSetEntity): Promise<StoredOfficialDocuments> {
    const documents = await this.sql.select<QuestionSetDocumentEntity>('SELECT * FROM question_set_document WHERE "questionSetId" = ? ORDER BY "date" ASC', [
      row.id,
    ]);
    const deferrals = await this.sql.select<{ dedupeKey: string }>('SELECT "dedupeKey" FROM deferral WHERE "questionSetId" = ?', [row.id]);
    return { row, documents, deferralKeys: new Set(deferrals.map((d) => d.dedupeKey)) };
  }

  /** The commitment already linked to a toezegging's number. */
  byOfficialNumber(officialNumber: string): Promise<CommitmentEntity | null> {
    return this.manager.getRepository(CommitmentEntity).findOne({ where: { officialNumber } });
  }

  /** Extracted commitments an official toezegging may turn out to be. */
  extractedCandidates(): Promise<CommitmentEntity[]> {
    return this.manager.getRepository(CommitmentEntity).find({ where: { source: 'extracted' } });
  }

  async deletion(entity: StoredDeletion['entity'], apiId: string): Promise<StoredDeletion> {
    switch (entity) {
      case 'Zaak':
        return { entity, zaak: await this.zaakToDelete(apiId) };
      case 'ZaakActor': {
        const actor = await this.actor(apiId);
        const row = actor && (await this.setById(actor.questionSetId));
        return { entity, actor, set: row ? await this.people(row) : null };
      }
      case 'Document': {
        const rows = await this.sql.select<QuestionSetDocumentEntity>('SELECT * FROM question_set_document WHERE "apiId" = ?', [apiId]);
        const sets = new Map<number, StoredOfficialDocuments>();
        for (const { questionSetId } of rows) {
          const row = sets.has(questionSetId) ? null : await this.setById(questionSetId);
          if (row) sets.set(questionSetId, await this.documents(row));
        }
        return { entity, rows, sets };
      }
      default:
        return { entity: 'Toezegging' };
    }
  }

  private async zaakToDelete(apiId: string): Promise<(StoredDeletion & { entity: 'Zaak' })['zaak']> {
    const [link] = await this.sql.select<{ zaak: string; questionSetId: number }>('SELECT "zaak", "questionSetId" FROM official_zaak WHERE "apiId" = ?', [
      apiId,
    ]);
    const set = link && (await this.setById(link.questionSetId));
    if (!set) return null;
    const of = <T>(sql: string) => this.sql.select<T>(sql, [set.id]);
    const [texts] = await of<{ n: number | string }>('SELECT COUNT(*) AS "n" FROM source_document WHERE "questionSetId" = ?');
    const actors = await of<{ apiId: string }>('SELECT "apiId" FROM official_actor WHERE "questionSetId" = ?');
    const documents = await of<{ id: number }>('SELECT "id" FROM question_set_document WHERE "questionSetId" = ?');
    return {
      zaak: link.zaak,
      set,
      importedTexts: Number(texts.n),
      actorIds: actors.map((a) => a.apiId),
      documentIds: documents.map((d) => d.id),
    };
  }

  private async setById(id: number): Promise<QuestionSetEntity | null> {
    const [row] = await this.sql.select<QuestionSetEntity>('SELECT * FROM question_set WHERE "id" = ?', [id]);
    return row ?? null;
  }
}
