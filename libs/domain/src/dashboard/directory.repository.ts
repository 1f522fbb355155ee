import type { DataSource } from 'typeorm';
import { MinistryEntity } from '../ministry/ministry.entity.js';
import { PartyEntity, PersonEntity } from '../person/person.entity.js';
import { QuestionSetSubmitterEntity, QuestionSetTopicEntity } from '../question-set/question-set-link.entities.js';
import { QuestionSetEntity } from '../question-set/question-set.entity.js';
import type { MemberView, MinistryView, OptionCount } from './dashboard-view.js';

interface RawCount {
  n: number | string;
}

/** The names the public pages link and filter by: members who asked questions, ministries, parties, topics. */
export class DirectoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Members with at least one question set, with the party of their latest set; the busiest first. */
  async members(slug?: string): Promise<MemberView[]> {
    const qb = this.dataSource
      .createQueryBuilder()
      .from(PersonEntity, 'p')
      .innerJoin(QuestionSetSubmitterEntity, 's', 's.personId = p.id')
      .select('p.slug', 'slug')
      .addSelect('p.name', 'name')
      .addSelect('COUNT(DISTINCT s.questionSetId)', 'n')
      .groupBy('p.id')
      .addGroupBy('p.slug')
      .addGroupBy('p.name')
      .orderBy('n', 'DESC')
      .addOrderBy('p.slug', 'ASC');
    if (slug !== undefined) qb.where('p.slug = :slug', { slug });
    const rows = await qb.getRawMany<{ slug: string; name: string } & RawCount>();
    const parties = await this.latestParties(slug);
    return rows.map((r) => ({ slug: r.slug, name: r.name, party: parties.get(r.slug) ?? null, questionSets: Number(r.n) }));
  }

  /**
   * Every ministry seen, with the number of question sets it must answer (question_set_responsible: a set answered by
   * three ministries counts for each). 0 included: a ministry page may be empty.
   */
  async ministries(): Promise<MinistryView[]> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .from(MinistryEntity, 'm')
      .leftJoin('question_set_responsible', 'r', 'r.ministryId = m.id')
      .select('m.slug', 'slug')
      .addSelect('m.name', 'name')
      .addSelect('m.abbreviation', 'abbreviation')
      .addSelect('COUNT(DISTINCT r.questionSetId)', 'n')
      .groupBy('m.id')
      .addGroupBy('m.slug')
      .addGroupBy('m.name')
      .addGroupBy('m.abbreviation')
      .getRawMany<{ slug: string; name: string; abbreviation: string } & RawCount>();
    return rows
      .map((r) => ({ slug: r.slug, name: r.name, abbreviation: r.abbreviation, questionSets: Number(r.n) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  /** Parties of submitters, by slug, with the number of sets their members asked. */
  async parties(): Promise<OptionCount[]> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .from(PartyEntity, 'pa')
      .innerJoin(QuestionSetSubmitterEntity, 's', 's.partyId = pa.id')
      .select('pa.slug', 'value')
      .addSelect('pa.abbreviation', 'label')
      .addSelect('COUNT(DISTINCT s.questionSetId)', 'n')
      .groupBy('pa.id')
      .addGroupBy('pa.slug')
      .addGroupBy('pa.abbreviation')
      .getRawMany<{ value: string; label: string } & RawCount>();
    return rows.map((r) => ({ value: r.value, label: r.label, count: Number(r.n) })).sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  }

  async topics(): Promise<OptionCount[]> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .from(QuestionSetTopicEntity, 't')
      .select('t.topic', 'value')
      .addSelect('COUNT(*)', 'n')
      .groupBy('t.topic')
      .orderBy('t.topic', 'ASC')
      .getRawMany<{ value: string } & RawCount>();
    return rows.map((r) => ({ value: r.value, label: r.value, count: Number(r.n) }));
  }

  /** The minister labels of the sets ("Minister van Buitenlandse Zaken (Hoekstra)"), for suggestions. */
  async ministerLabels(): Promise<string[]> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .from(QuestionSetEntity, 'q')
      .select('DISTINCT q.ministerLabel', 'label')
      .where('q.ministerLabel IS NOT NULL')
      .orderBy('q.ministerLabel', 'ASC')
      .getRawMany<{ label: string }>();
    return rows.map((r) => r.label);
  }

  /** Members change party: the one a member's most recent set names is the one to show. */
  private async latestParties(slug?: string): Promise<Map<string, string>> {
    const qb = this.dataSource
      .createQueryBuilder()
      .from(QuestionSetSubmitterEntity, 's')
      .innerJoin(PersonEntity, 'p', 'p.id = s.personId')
      .innerJoin(PartyEntity, 'pa', 'pa.id = s.partyId')
      .innerJoin(QuestionSetEntity, 'q', 'q.id = s.questionSetId')
      .select('p.slug', 'slug')
      .addSelect('pa.abbreviation', 'party')
      // Undated sets first on both databases (PostgreSQL sorts NULL last by default), so a dated set is the latest.
      .orderBy('q.submittedOn', 'ASC', 'NULLS FIRST')
      .addOrderBy('q.id', 'ASC');
    if (slug !== undefined) qb.where('p.slug = :slug', { slug });
    const rows = await qb.getRawMany<{ slug: string; party: string }>();
    // Ascending, so the last write per member is the latest set's party.
    return new Map(rows.map((r) => [r.slug, r.party]));
  }
}
