import { Inject, Injectable, type PipeTransform } from '@nestjs/common';
import { POLICY, type KamerDate, type Policy } from '#domain';
import { today } from '../../common/today.util.js';
import { readPageQuery, type PageQuery } from './page-query.js';

/** What every page and feed reads first: its query string, and the date it is as of. */
export interface PageRequest {
  query: PageQuery;
  /** `?asOf=` when given, else today. */
  asOf: KamerDate;
  given: boolean;
  /** The Amsterdam calendar date, read from the clock here and nowhere in the rules. */
  today: KamerDate;
}

/**
 * `@Query(PageRequestPipe) page: PageRequest`: the query string read once, the same way for every page, so a bad
 * `?asOf=` is refused by the page's exception filter with the field named.
 */
@Injectable()
export class PageRequestPipe implements PipeTransform<Record<string, unknown>, PageRequest> {
  constructor(@Inject(POLICY) private readonly policy: Policy) {}

  transform(raw: Record<string, unknown>): PageRequest {
    const query = readPageQuery(raw ?? {});
    const now = today(this.policy);
    return { query, asOf: query.asOf ?? now, given: query.asOf !== undefined, today: now };
  }
}
