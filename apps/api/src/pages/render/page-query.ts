import { InvalidInputError, isKamerDate, type KamerDate, type PublicQuestionFilter } from '#domain';

type RawQuery = Record<string, unknown>;

const MAX_TEXT = 200;

/**
 * Reads a page's query string. Pages are linked and bookmarked by people, so an empty value means "not given";
 * a value that cannot be right (a date that is no date, a page of -1) is refused with a message naming it.
 */
export class PageQuery {
  constructor(private readonly raw: RawQuery) {}

  /** The last value given for a name, trimmed; null when absent or empty. */
  text(name: string): string | null {
    const value = this.raw[name];
    const last: unknown = Array.isArray(value) ? value[value.length - 1] : value;
    if (typeof last !== 'string') return null;
    // A line break in a filter would end up in a feed's header or a CSV cell: no control characters at all.
    if (/[\u0000-\u001f\u007f]/.test(last)) throw new InvalidInputError(name, 'mag geen stuurtekens (zoals een regeleinde) bevatten');
    const trimmed = last.trim();
    if (trimmed.length > MAX_TEXT) throw new InvalidInputError(name, `hoogstens ${MAX_TEXT} tekens`);
    return trimmed === '' ? null : trimmed;
  }

  /** Every value given (`?status=a&status=b` or `?status=a,b`), without empties. */
  list(name: string): string[] {
    const value = this.raw[name];
    const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
    return values
      .flatMap((v) => (typeof v === 'string' ? v.split(',') : []))
      .map((v) => v.trim())
      .filter((v) => v !== '');
  }

  date(name: string): KamerDate | null {
    const value = this.text(name);
    if (value === null) return null;
    if (!isKamerDate(value)) throw new InvalidInputError(name, 'verwacht een datum als JJJJ-MM-DD');
    return value;
  }

  positiveInt(name: string, fallback: number): number {
    const value = this.text(name);
    if (value === null) return fallback;
    if (!/^\d{1,6}$/.test(value) || Number(value) < 1) throw new InvalidInputError(name, 'verwacht een heel getal vanaf 1');
    return Number(value);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.text(name);
    if (value === null) return fallback;
    if (!(allowed as readonly string[]).includes(value)) throw new InvalidInputError(name, `verwacht een van ${allowed.join(', ')}`);
    return value as T;
  }

  /** The filters pages and feeds share. */
  publicFilter(): PublicQuestionFilter {
    const filter: PublicQuestionFilter = {};
    for (const key of ['ministry', 'minister', 'submitter', 'party', 'topic'] as const) {
      const value = this.text(key);
      if (value !== null) filter[key] = value;
    }
    return filter;
  }

  /** `?format=csv&tabel=<id>`: which table to download, or null for the page. */
  csvTable(): string | null {
    if (this.text('format') !== 'csv') return null;
    return this.text('tabel') ?? '';
  }
}
