import { SyncError } from './odata-client.js';

/** Where a feed resumes: the last stored record's ApiGewijzigdOp and Id, exactly as the API wrote them. */
export interface FeedPosition {
  at: string;
  /** null: read from `at` inclusive (a date to start from, or a cursor stored before the Id tie-break existed). */
  id: string | null;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An OData literal for an Id: a GUID as it is (Edm.Guid), anything else as a quoted string. */
function idLiteral(id: string): string {
  return GUID.test(id) ? id : `'${id.replace(/'/g, "''")}'`;
}

/** An OData DateTimeOffset literal: the API's own text, checked to be a timestamp with a zone, never reformatted (no precision is lost). */
function timestampLiteral(at: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(at) || Number.isNaN(Date.parse(at))) {
    throw new SyncError(`an ApiGewijzigdOp "${at}" is not a timestamp with a time zone`);
  }
  return at;
}

/**
 * The filter that reads everything after a position, losing nothing and repeating nothing when many records share
 * one timestamp (a bulk republish): `ApiGewijzigdOp gt T or (ApiGewijzigdOp eq T and Id gt I)`, to be ordered by
 * `ApiGewijzigdOp asc,Id asc` so the last record of each page is the next position.
 */
export function afterPositionFilter(position: FeedPosition): string {
  const t = timestampLiteral(position.at);
  if (position.id === null) return `ApiGewijzigdOp ge ${t}`;
  return `(ApiGewijzigdOp gt ${t} or (ApiGewijzigdOp eq ${t} and Id gt ${idLiteral(position.id)}))`;
}

/** The position after a page: its last record (the server ordered them). */
export function positionAfter(records: readonly { Id: string; ApiGewijzigdOp: string }[], previous: FeedPosition | null): FeedPosition | null {
  const last = records.at(-1);
  if (!last) return previous;
  if (typeof last.Id !== 'string' || last.Id.length === 0) throw new SyncError('a record has no Id');
  timestampLiteral(String(last.ApiGewijzigdOp));
  return { at: last.ApiGewijzigdOp, id: last.Id };
}

/** A `--since` date as the first position: midnight UTC of that day. */
export function positionOfDate(date: string): FeedPosition {
  return { at: `${date}T00:00:00Z`, id: null };
}
