import type { DataSource } from 'typeorm';
import { MinistryEntity } from '../ministry/ministry.entity.js';
import { PartyEntity, PersonEntity } from '../person/person.entity.js';
import { SourceDocumentEntity } from '../source-document/source-document.entity.js';
import { DeferralEntity } from './deferral.entity.js';
import { QuestionSetAddresseeEntity, QuestionSetAnswererEntity, QuestionSetSubmitterEntity, QuestionSetTopicEntity } from './question-set-link.entities.js';
import { QuestionSetEntity } from './question-set.entity.js';
import { QuestionEntity } from './question.entity.js';
import { applyQuestionFilter, type QuestionSqlFilter } from './question-sql-filter.js';
import { inChunks } from '../database/in-chunks.js';

/** The display fields of a set in a list. */
export interface QuestionSetSummaryRow {
  id: number;
  key: string;
  zaak: string | null;
  title: string | null;
  submittedOn: string | null;
  answeredOn: string | null;
  withdrawnOn: string | null;
  ministrySlug: string | null;
  ministryName: string | null;
  ministerLabel: string | null;
}

export interface PersonRef {
  name: string;
  party: string | null;
}

export interface QuestionSetDetailRows {
  set: QuestionSetEntity;
  ministry: { slug: string; name: string } | null;
  submitters: PersonRef[];
  answerers: (PersonRef & { role: string | null })[];
  addressees: string[];
  topics: string[];
  questions: { number: number; text: string; answer: string | null }[];
  deferrals: { date: string | null; text: string; reason: string }[];
  sourceDocuments: { id: number; format: string; externalId: string | null; filename: string | null; byteLength: number; importedAt: string }[];
}

export type SqlSort = { column: 'submittedOn' | 'answeredOn'; descending: boolean };

/** Reads of question sets for display: SQL paging, the fields of a page, one set with everything about it. */
export class QuestionQueryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One page of ids in SQL order, and the total; for lists that need no status. Sets without a date sort last. */
  async page(filter: QuestionSqlFilter, sort: SqlSort, limit: number, offset: number): Promise<{ total: number; ids: number[] }> {
    const base = () => applyQuestionFilter(this.dataSource.createQueryBuilder().from(QuestionSetEntity, 'q'), filter);
    const [{ n }] = await base().select('COUNT(*)', 'n').getRawMany<{ n: number | string }>();
    const direction = sort.descending ? 'DESC' : 'ASC';
    // NULLS LAST is SQLite's own order for DESC, so the default sort (-submittedOn) walks the index.
    const rows = await base()
      .select('q.id', 'id')
      .orderBy(`q.${sort.column}`, direction, 'NULLS LAST')
      .addOrderBy('q.id', direction)
      .limit(limit)
      .offset(offset)
      .getRawMany<{ id: number | string }>();
    return { total: Number(n), ids: rows.map((r) => Number(r.id)) };
  }

  /** The display fields of the given sets, by id. */
  async summaries(ids: readonly number[]): Promise<Map<number, QuestionSetSummaryRow>> {
    const result = new Map<number, QuestionSetSummaryRow>();
    for (const chunk of inChunks(ids)) {
      const rows = await this.dataSource
        .createQueryBuilder()
        .from(QuestionSetEntity, 'q')
        // The first of those who must answer (question_set_responsible) names the set, when it has been resolved.
        .leftJoin('question_set_responsible', 'r0', 'r0.questionSetId = q.id AND r0.position = 0')
        .leftJoin(MinistryEntity, 'm', 'm.id = (CASE WHEN r0.questionSetId IS NULL THEN q.ministryId ELSE r0.ministryId END)')
        .select('q.id', 'id')
        .addSelect('q.key', 'key')
        .addSelect('q.zaak', 'zaak')
        .addSelect('q.title', 'title')
        .addSelect('q.submittedOn', 'submittedOn')
        .addSelect('q.answeredOn', 'answeredOn')
        .addSelect('q.withdrawnOn', 'withdrawnOn')
        .addSelect('m.slug', 'ministrySlug')
        .addSelect('m.name', 'ministryName')
        .addSelect('COALESCE(r0.minister, q.ministerLabel)', 'ministerLabel')
        .where('q.id IN (:...ids)', { ids: chunk })
        .getRawMany<QuestionSetSummaryRow>();
      for (const row of rows) result.set(Number(row.id), { ...row, id: Number(row.id) });
    }
    return result;
  }

  /** The submitters of the given sets, in document order, with the party they had when they asked. */
  async submitters(ids: readonly number[]): Promise<Map<number, PersonRef[]>> {
    const result = new Map<number, PersonRef[]>();
    for (const chunk of inChunks(ids)) {
      const rows = await this.dataSource
        .createQueryBuilder()
        .from(QuestionSetSubmitterEntity, 's')
        .innerJoin(PersonEntity, 'p', 'p.id = s.personId')
        .leftJoin(PartyEntity, 'pa', 'pa.id = s.partyId')
        .select('s.questionSetId', 'id')
        .addSelect('p.name', 'name')
        .addSelect('pa.abbreviation', 'party')
        .where('s.questionSetId IN (:...ids)', { ids: chunk })
        .orderBy('s.questionSetId')
        .addOrderBy('s.position')
        .getRawMany<{ id: number | string; name: string; party: string | null }>();
      for (const row of rows) {
        const id = Number(row.id);
        const list = result.get(id) ?? [];
        list.push({ name: row.name, party: row.party });
        result.set(id, list);
      }
    }
    return result;
  }

  /** Every ministry seen, by id. */
  async ministries(): Promise<Map<number, { slug: string; name: string }>> {
    const rows = await this.dataSource.getRepository(MinistryEntity).find({ select: { id: true, slug: true, name: true } });
    return new Map(rows.map((m) => [m.id, { slug: m.slug, name: m.name }]));
  }

  /** The set with this zaak, key, or question/answer document id (kv-tk-…, ah-tk-…). */
  async findId(identifier: string): Promise<number | null> {
    const row = await this.dataSource
      .createQueryBuilder()
      .from(QuestionSetEntity, 'q')
      .select('q.id', 'id')
      .where('q.zaak = :id OR q.key = :id OR q.answerDocumentId = :id OR q.questionDocumentId = :id', { id: identifier })
      // A zaak match wins over a document id that happens to be another set's.
      .orderBy('CASE WHEN q.zaak = :id THEN 0 WHEN q.key = :id THEN 1 ELSE 2 END')
      .limit(1)
      .getRawOne<{ id: number | string }>();
    return row ? Number(row.id) : null;
  }

  async detail(id: number): Promise<QuestionSetDetailRows | null> {
    const ds = this.dataSource;
    const set = await ds.getRepository(QuestionSetEntity).findOne({ where: { id } });
    if (!set) return null;
    const [ministry, submitters, answerers, addressees, topics, questions, deferrals, sourceDocuments] = await Promise.all([
      set.ministryId === null ? null : ds.getRepository(MinistryEntity).findOne({ where: { id: set.ministryId }, select: { slug: true, name: true } }),
      this.submitters([id]).then((m) => m.get(id) ?? []),
      ds
        .createQueryBuilder()
        .from(QuestionSetAnswererEntity, 'a')
        .innerJoin(PersonEntity, 'p', 'p.id = a.personId')
        .leftJoin(PartyEntity, 'pa', 'pa.id = a.partyId')
        .select('p.name', 'name')
        .addSelect('pa.abbreviation', 'party')
        .addSelect('a.role', 'role')
        .where('a.questionSetId = :id', { id })
        .orderBy('a.position')
        .getRawMany<PersonRef & { role: string | null }>(),
      ds.getRepository(QuestionSetAddresseeEntity).find({ where: { questionSetId: id }, select: { role: true }, order: { position: 'ASC', role: 'ASC' } }),
      ds.getRepository(QuestionSetTopicEntity).find({ where: { questionSetId: id }, select: { topic: true }, order: { topic: 'ASC' } }),
      ds.getRepository(QuestionEntity).find({ where: { questionSetId: id }, select: { number: true, text: true, answer: true }, order: { number: 'ASC' } }),
      ds.getRepository(DeferralEntity).find({
        where: { questionSetId: id },
        select: { date: true, text: true, reason: true },
        order: { date: { direction: 'ASC', nulls: 'FIRST' }, id: 'ASC' },
      }),
      ds.getRepository(SourceDocumentEntity).find({
        where: { questionSetId: id },
        select: { id: true, format: true, externalId: true, filename: true, byteLength: true, importedAt: true },
        order: { id: 'ASC' },
      }),
    ]);
    return {
      set,
      ministry: ministry ? { slug: ministry.slug, name: ministry.name } : null,
      submitters,
      answerers,
      addressees: addressees.map((a) => a.role),
      topics: topics.map((t) => t.topic),
      questions,
      deferrals,
      sourceDocuments,
    };
  }
}
