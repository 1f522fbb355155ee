import type { DataSource } from 'typeorm';
import { inChunks } from '../database/in-chunks.js';

/** Who must answer one set, as the lists show it. */
export interface ResponsibleRef {
  /** "Minister van Justitie en Veiligheid (Grapperhaus)", or "Ministerie van X" when only a ministry is known. */
  minister: string;
  ministry: { slug: string; name: string } | null;
  /** The person the documents name for this post, when known (for attribution to a tenure). */
  personName: string | null;
}

/** A row of question_set_responsible joined with its ministry, as the lists read it. */
export interface ResponsibleRow {
  id: number | string;
  minister: string | null;
  personName?: string | null;
  slug: string | null;
  name: string | null;
}

/** The responsible a row names, with "Ministerie van X" when only the ministry is known; null when neither is. */
export function responsibleOfRow(row: ResponsibleRow): ResponsibleRef | null {
  const ministry = row.slug && row.name ? { slug: row.slug, name: row.name } : null;
  const minister = row.minister ?? (ministry ? `Ministerie van ${ministry.name}` : null);
  return minister === null ? null : { minister, ministry, personName: row.personName ?? null };
}

/** Reads of question_set_responsible for the lists (the Monday list, digests). */
export class ResponsibleReadRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The responsibles of each set, in position order; a set that names nobody is absent from the map. */
  async of(ids: readonly number[]): Promise<Map<number, ResponsibleRef[]>> {
    const result = new Map<number, ResponsibleRef[]>();
    for (const chunk of inChunks(ids)) {
      const rows = await this.dataSource
        .createQueryBuilder()
        .from('question_set_responsible', 'r')
        .leftJoin('ministry', 'm', 'm.id = r.ministryId')
        .select('r.questionSetId', 'id')
        .addSelect('r.position', 'position')
        .addSelect('r.minister', 'minister')
        .addSelect('r.personName', 'personName')
        .addSelect('m.slug', 'slug')
        .addSelect('m.name', 'name')
        .where('r.questionSetId IN (:...ids)', { ids: chunk })
        .orderBy('r.questionSetId')
        .addOrderBy('r.position')
        .getRawMany<ResponsibleRow>();
      for (const row of rows) {
        const ref = responsibleOfRow(row);
        if (ref === null) continue;
        const list = result.get(Number(row.id)) ?? [];
        list.push(ref);
        result.set(Number(row.id), list);
      }
    }
    return result;
  }
}
