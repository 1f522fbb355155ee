import type { DataSource } from 'typeorm';
import { ensureAnswerTermProjection } from '../answer-term-projection/ensure-answer-term-projection.js';
import { attributeResponsible } from '../change/attribute-bewindspersoon.rule.js';
import { onTimeShares, type OnTimeShare } from '../change/on-time-change.rule.js';
import { NotFoundError } from '../common/domain-errors.js';
import { DEFAULT_READ_CACHE, ReadCache, type ReadCacheOptions } from '../common/read-cache.js';
import { BEWINDSPERSONEN, type Bewindspersoon } from '../ministry/bewindspersonen.data.js';
import { slugify } from '../person/person-key.util.js';
import type { Policy } from '../policy/policy.js';
import { QuestionFactsRepository, type QuestionFactsRow } from '../question-set/question-facts.repository.js';
import { ResponsibleReadRepository } from '../responsibility/responsible-read.repository.js';
import type { AnswerTermVerdict } from '../rules/answer-term.types.js';
import { evaluateAnswerTerm } from '../rules/evaluate-answer-term.rule.js';
import type { KamerDate } from '../rules/kamer-date.util.js';
import { bewindspersonenDirectory, type BewindspersoonEntry } from './bewindspersoon-directory.util.js';

/** A person of the list: their posts and tenure, the sets of their own tenure and the on-time share of those. */
export interface BewindspersoonListItem extends BewindspersoonEntry {
  sets: number;
  onTime: OnTimeShare;
}

/** One person with the ids of the sets of their own tenure: the filter every reader of their page is given. */
export interface BewindspersoonTenure extends BewindspersoonEntry {
  questionSetIds: number[];
}

interface Evaluated {
  row: QuestionFactsRow;
  verdict: AnswerTermVerdict;
}

/**
 * Which sets are a bewindspersoon's own: for each who must answer a set (question_set_responsible), the holder of that
 * post on the day the term ran out, or the answer if earlier (attributeResponsible). The readers of the other pages
 * then take these ids as their filter (QuestionSqlFilter.questionSetIds), so every number is computed as elsewhere.
 */
export class BewindspersoonService {
  private readonly facts: QuestionFactsRepository;
  private readonly responsibles: ResponsibleReadRepository;
  private readonly directory: BewindspersoonEntry[];
  /** The list attributes every set: kept while the data is unchanged, as the reports are. */
  private readonly cache: ReadCache;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    /** The table of bewindspersonen; the wiring passes BEWINDSPERSONEN, tests their own. */
    private readonly table: readonly Bewindspersoon[] = BEWINDSPERSONEN,
    cache: ReadCacheOptions = DEFAULT_READ_CACHE,
  ) {
    this.facts = new QuestionFactsRepository(dataSource);
    this.responsibles = new ResponsibleReadRepository(dataSource);
    this.directory = bewindspersonenDirectory(table);
    this.cache = new ReadCache(dataSource, cache);
  }

  /** Everyone in the table who had taken office by asOf, the most recent first. */
  list(asOf: KamerDate): Promise<BewindspersoonListItem[]> {
    return this.cache.get(JSON.stringify(['bewindspersonen', asOf]), () => this.computeList(asOf));
  }

  private async computeList(asOf: KamerDate): Promise<BewindspersoonListItem[]> {
    const attributed = await this.attributed(asOf, null, null);
    return this.directory
      .filter((entry) => entry.from <= asOf)
      .map((entry) => {
        const own = attributed.get(entry.slug) ?? [];
        const [share] = onTimeShares(own.map((e) => [entry.slug, e.verdict] as const));
        return { ...entry, sets: own.length, onTime: share ?? { group: entry.slug, onTime: 0, decided: 0, share: null, interval: null } };
      });
  }

  /** One person and the sets of their own tenure as of asOf; NotFoundError for a slug the table does not know. */
  async tenure(slug: string, asOf: KamerDate): Promise<BewindspersoonTenure> {
    const entry = this.directory.find((e) => e.slug === slug);
    if (!entry) throw new NotFoundError(`no bewindspersoon ${slug}`);
    // A set submitted after the last day in office cannot be theirs: its term ran out, or it was answered, later still.
    const ids = await this.cache.get(JSON.stringify(['bewindspersoon', slug, asOf]), async () => {
      const attributed = await this.attributed(asOf, entry.ministries, entry.to);
      return (attributed.get(slug) ?? []).map((e) => e.row.id).sort((a, b) => a - b);
    });
    return { ...entry, questionSetIds: [...ids] };
  }

  /** The sets submitted by asOf (of these ministries, when given) per slug of the bewindspersoon they are attributed to. */
  private async attributed(asOf: KamerDate, ministries: readonly string[] | null, submittedTo: KamerDate | null): Promise<Map<string, Evaluated[]>> {
    const rows = new Map<number, QuestionFactsRow>();
    for (const ministry of ministries ?? [undefined]) {
      for (const row of await this.facts.find({ ministry, submittedBy: asOf, submittedTo: submittedTo ?? undefined })) rows.set(row.id, row);
    }
    // Who must answer is written with the projection: make sure it was built (one small query when it was).
    await ensureAnswerTermProjection(this.dataSource, this.policy);
    const who = await this.responsibles.of([...rows.keys()]);
    const result = new Map<string, Evaluated[]>();
    for (const row of rows.values()) {
      const verdict = evaluateAnswerTerm(row.facts, asOf, this.policy);
      const set = { ministrySlug: null, post: null, submittedOn: row.facts.submittedOn, answeredOn: row.facts.answeredOn, verdict };
      const holders = new Set<string>();
      for (const r of who.get(row.id) ?? []) {
        const holder = attributeResponsible({ ministrySlug: r.ministry?.slug ?? null, minister: r.minister, personName: r.personName }, set, this.table);
        if (holder) holders.add(slugify(holder.name));
      }
      // A set that two posts of one person must answer counts once for them.
      for (const slug of holders) {
        const list = result.get(slug);
        if (list) list.push({ row, verdict });
        else result.set(slug, [{ row, verdict }]);
      }
    }
    return result;
  }
}
