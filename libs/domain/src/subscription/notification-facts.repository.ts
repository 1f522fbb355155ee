import type { DataSource } from 'typeorm';
import { CommitmentEntity } from '../commitment/commitment.entity.js';
import { MinistryEntity } from '../ministry/ministry.entity.js';
import { PartyEntity, PersonEntity } from '../person/person.entity.js';
import { DeferralEntity } from '../question-set/deferral.entity.js';
import { QuestionSetAnswererEntity, QuestionSetSubmitterEntity, QuestionSetTopicEntity } from '../question-set/question-set-link.entities.js';
import { QuestionSetEntity } from '../question-set/question-set.entity.js';
import type { AnswerTermFacts } from '../rules/answer-term.types.js';
import type { KamerDate } from '../rules/kamer-date.util.js';
import type { SubjectAttributes } from './subscription-filters.js';
import { inChunks } from '../database/in-chunks.js';

export interface SetFacts {
  id: number;
  key: string;
  facts: AnswerTermFacts;
}

export interface SetDescription {
  id: number;
  key: string;
  zaak: string | null;
  title: string | null;
  ministerLabel: string | null;
}

export interface OpenCommitment {
  id: number;
  questionSetId: number | null;
  text: string;
  dueDate: KamerDate;
  dueImplied: boolean;
  officialNumber: string | null;
  ministry: string | null;
}

interface MutableAttributes {
  ministrySlug: string | null;
  ministerLabel: string | null;
  ministrySlugs?: string[];
  ministerLabels?: string[];
  answererKeys: string[];
  submitterKeys: string[];
  partySlugs: string[];
  topics: string[];
}

/** The reads the alert sweep and the digest need, as few wide queries (100,000 sets must sweep in under two seconds). */
export class NotificationFactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Sets submitted by asOf (and on or after `submittedFrom`), not answered and not withdrawn by asOf, with their deferral dates. */
  async openSetsAsOf(asOf: KamerDate, submittedFrom: KamerDate = '0000-01-01'): Promise<SetFacts[]> {
    return this.setFacts((qb) =>
      qb
        .where('q.submittedOn IS NOT NULL AND q.submittedOn <= :asOf AND q.submittedOn >= :submittedFrom', { asOf, submittedFrom })
        .andWhere('(q.answeredOn IS NULL OR q.answeredOn > :asOf)', { asOf })
        .andWhere('(q.withdrawnOn IS NULL OR q.withdrawnOn > :asOf)', { asOf }),
    );
  }

  /** Sets with a deferral dated in [from, to], answered or not (a late deferral is news either way). */
  async setsWithDeferralBetween(from: KamerDate, to: KamerDate): Promise<SetFacts[]> {
    return this.setFacts((qb) =>
      qb
        .where('q.submittedOn IS NOT NULL')
        .andWhere(
          (sub) => `q.id IN ${sub.subQuery().select('dd.questionSetId').from(DeferralEntity, 'dd').where('dd.date >= :from AND dd.date <= :to').getQuery()}`,
          { from, to },
        ),
    );
  }

  /** Sets answered in (after, upTo]. */
  async answeredBetween(after: KamerDate, upTo: KamerDate): Promise<SetFacts[]> {
    return this.setFacts((qb) => qb.where('q.submittedOn IS NOT NULL AND q.answeredOn > :after AND q.answeredOn <= :upTo', { after, upTo }));
  }

  /**
   * Commitments open as of asOf (made by then, not closed by then, not rejected by a reviewer) that are due on or
   * before `dueBy` (and on or after `dueFrom` when given).
   */
  async openCommitmentsDue(asOf: KamerDate, dueBy: KamerDate, dueFrom: KamerDate | null = null): Promise<OpenCommitment[]> {
    const qb = this.dataSource
      .createQueryBuilder(CommitmentEntity, 'c')
      .select(['c.id', 'c.questionSetId', 'c.text', 'c.dueDate', 'c.dueImplied', 'c.officialNumber', 'c.ministry'])
      .where('c.reviewState != :rejected', { rejected: 'rejected' })
      .andWhere('(c.status = :open OR c.closedOn > :asOf)', { open: 'open', asOf })
      .andWhere('(c.madeOn IS NULL OR c.madeOn <= :asOf)', { asOf })
      .andWhere('c.dueDate IS NOT NULL AND c.dueDate <= :dueBy', { dueBy });
    if (dueFrom) qb.andWhere('c.dueDate >= :dueFrom', { dueFrom });
    const rows = await qb.orderBy('c.dueDate').addOrderBy('c.id').getMany();
    return rows.map((c) => ({ ...c, dueDate: c.dueDate!, dueImplied: Boolean(c.dueImplied) }));
  }

  async describe(ids: readonly number[]): Promise<Map<number, SetDescription>> {
    const result = new Map<number, SetDescription>();
    for (const part of inChunks([...new Set(ids)])) {
      const rows = await this.dataSource
        .createQueryBuilder(QuestionSetEntity, 'q')
        .select(['q.id', 'q.key', 'q.zaak', 'q.title', 'q.ministerLabel'])
        .where('q.id IN (:...ids)', { ids: part })
        .getMany();
      for (const r of rows) result.set(r.id, r);
    }
    return result;
  }

  /** What the subscription filters look at, for the given sets. */
  async attributes(ids: readonly number[]): Promise<Map<number, SubjectAttributes>> {
    const result = new Map<number, MutableAttributes>();
    const unique = [...new Set(ids)];
    for (const id of unique) result.set(id, { ministrySlug: null, ministerLabel: null, answererKeys: [], submitterKeys: [], partySlugs: [], topics: [] });
    const get = (id: number): MutableAttributes => result.get(Number(id))!;
    for (const part of inChunks(unique)) {
      const sets = await this.dataSource
        .createQueryBuilder(QuestionSetEntity, 'q')
        .leftJoin(MinistryEntity, 'm', 'm.id = q.ministryId')
        .select('q.id', 'id')
        .addSelect('m.slug', 'ministrySlug')
        .addSelect('q.ministerLabel', 'ministerLabel')
        .where('q.id IN (:...ids)', { ids: part })
        .getRawMany<{ id: number; ministrySlug: string | null; ministerLabel: string | null }>();
      for (const s of sets) Object.assign(get(s.id), { ministrySlug: s.ministrySlug, ministerLabel: s.ministerLabel });
      const responsibles = await this.dataSource
        .createQueryBuilder()
        .from('question_set_responsible', 'r')
        .leftJoin(MinistryEntity, 'm', 'm.id = r.ministryId')
        .select('r.questionSetId', 'id')
        .addSelect('m.slug', 'ministrySlug')
        .addSelect('r.minister', 'minister')
        .where('r.questionSetId IN (:...ids)', { ids: part })
        .getRawMany<{ id: number; ministrySlug: string | null; minister: string | null }>();
      for (const r of responsibles) {
        const attributes = get(r.id);
        if (r.ministrySlug) attributes.ministrySlugs = [...(attributes.ministrySlugs ?? []), r.ministrySlug];
        if (r.minister) attributes.ministerLabels = [...(attributes.ministerLabels ?? []), r.minister];
      }
      const submitters = await this.dataSource
        .createQueryBuilder(QuestionSetSubmitterEntity, 's')
        .innerJoin(PersonEntity, 'p', 'p.id = s.personId')
        .leftJoin(PartyEntity, 'pa', 'pa.id = s.partyId')
        .select('s.questionSetId', 'id')
        .addSelect('p.slug', 'person')
        .addSelect('pa.slug', 'party')
        .where('s.questionSetId IN (:...ids)', { ids: part })
        .getRawMany<{ id: number; person: string; party: string | null }>();
      for (const s of submitters) {
        get(s.id).submitterKeys.push(s.person);
        if (s.party) get(s.id).partySlugs.push(s.party);
      }
      const answerers = await this.dataSource
        .createQueryBuilder(QuestionSetAnswererEntity, 'a')
        .innerJoin(PersonEntity, 'p', 'p.id = a.personId')
        .select('a.questionSetId', 'id')
        .addSelect('p.slug', 'person')
        .where('a.questionSetId IN (:...ids)', { ids: part })
        .getRawMany<{ id: number; person: string }>();
      for (const a of answerers) get(a.id).answererKeys.push(a.person);
      const topics = await this.dataSource
        .createQueryBuilder(QuestionSetTopicEntity, 't')
        .select('t.questionSetId', 'id')
        .addSelect('t.topic', 'topic')
        .where('t.questionSetId IN (:...ids)', { ids: part })
        .getRawMany<{ id: number; topic: string }>();
      for (const t of topics) get(t.id).topics.push(t.topic);
    }
    return result;
  }

  /** One query for the sets, one for their deferral dates, joined in memory. */
  private async setFacts(filter: (qb: ReturnType<DataSource['createQueryBuilder']>) => unknown): Promise<SetFacts[]> {
    const setQuery = this.dataSource
      .createQueryBuilder()
      .from(QuestionSetEntity, 'q')
      .select('q.id', 'id')
      .addSelect('q.key', 'key')
      .addSelect('q.submittedOn', 'submittedOn')
      .addSelect('q.answeredOn', 'answeredOn')
      .addSelect('q.withdrawnOn', 'withdrawnOn');
    filter(setQuery);
    const sets = await setQuery.getRawMany<{ id: number; key: string; submittedOn: string; answeredOn: string | null; withdrawnOn: string | null }>();
    if (sets.length === 0) return [];
    const deferralQuery = this.dataSource
      .createQueryBuilder()
      .from(DeferralEntity, 'd')
      .innerJoin(QuestionSetEntity, 'q', 'q.id = d.questionSetId')
      .select('d.questionSetId', 'id')
      .addSelect('d.date', 'date');
    // The same filter on the joined set keeps both queries on the same sets; it starts with where(), so add ours after.
    filter(deferralQuery);
    deferralQuery.andWhere('d.date IS NOT NULL');
    const dates = new Map<number, string[]>();
    for (const d of await deferralQuery.getRawMany<{ id: number; date: string }>()) {
      const id = Number(d.id);
      const list = dates.get(id) ?? [];
      list.push(d.date);
      dates.set(id, list);
    }
    return sets.map((s) => ({
      id: Number(s.id),
      key: s.key,
      facts: { submittedOn: s.submittedOn, answeredOn: s.answeredOn, withdrawnOn: s.withdrawnOn, deferralDates: dates.get(Number(s.id)) ?? [] },
    }));
  }
}
