import { InvalidInputError, QUESTION_SORTS, type KamerDate, type PublicQuestionFilter, type QuestionSort } from '#domain';
import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min, validateSync, type ValidationOptions } from 'class-validator';
import { IsKamerDate } from '../../common/kamer-date.validator.js';

const MAX_TEXT = 200;
const DATE = { message: 'verwacht een datum als JJJJ-MM-DD' } satisfies ValidationOptions;
const TEXT = { message: `hoogstens ${MAX_TEXT} tekens` } satisfies ValidationOptions;
const WHOLE_NUMBER = { message: 'verwacht een heel getal vanaf 1' } satisfies ValidationOptions;

/** The parameters that take several values (`?status=a&status=b` or `?status=a,b`). */
const LIST_PARAMETERS: ReadonlySet<string> = new Set(['status']);

/**
 * Every parameter a page or feed reads, validated as the JSON API's DTOs are (class-validator), with Dutch messages
 * for the people who read the pages. Which values a list may hold (a question status, a commitment status) depends on
 * the page, so the page checks those.
 */
export class PageQuery {
  @IsOptional() @IsKamerDate(DATE) asOf?: KamerDate;

  @IsOptional() @IsString({ each: true }) status?: string[];

  @IsOptional() @IsString() @MaxLength(MAX_TEXT, TEXT) ministry?: string;
  @IsOptional() @IsString() @MaxLength(MAX_TEXT, TEXT) minister?: string;
  @IsOptional() @IsString() @MaxLength(MAX_TEXT, TEXT) submitter?: string;
  @IsOptional() @IsString() @MaxLength(MAX_TEXT, TEXT) party?: string;
  @IsOptional() @IsString() @MaxLength(MAX_TEXT, TEXT) topic?: string;
  /** Text in a question set's title (/vragen). */
  @IsOptional() @IsString() @MaxLength(MAX_TEXT, TEXT) q?: string;
  /** Text in who made a commitment (/toezeggingen, the commitments feed). */
  @IsOptional() @IsString() @MaxLength(MAX_TEXT, TEXT) actor?: string;

  @IsOptional() @IsKamerDate(DATE) from?: KamerDate;
  @IsOptional() @IsKamerDate(DATE) to?: KamerDate;
  @IsOptional() @IsKamerDate(DATE) dueFrom?: KamerDate;
  @IsOptional() @IsKamerDate(DATE) dueTo?: KamerDate;

  @IsOptional() @IsIn(QUESTION_SORTS, { message: `verwacht een van ${QUESTION_SORTS.join(', ')}` }) sort?: QuestionSort;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value))
  @IsInt(WHOLE_NUMBER)
  @Min(1, WHOLE_NUMBER)
  page?: number;

  /** The review queue: the open commitments, or all. */
  @IsOptional() @IsIn(['open', 'all'], { message: 'verwacht een van open, all' }) scope?: 'open' | 'all';

  /** `?format=csv&tabel=<id>`: one of the page's tables as CSV. */
  @IsOptional() @IsString() @MaxLength(MAX_TEXT, TEXT) format?: string;
  @IsOptional() @IsString() @MaxLength(MAX_TEXT, TEXT) tabel?: string;

  /** Set by the review pages' own redirects. */
  @IsOptional() @IsString() @MaxLength(MAX_TEXT, TEXT) uitgelogd?: string;
  @IsOptional() @IsString() @MaxLength(MAX_TEXT, TEXT) gedaan?: string;
}

/**
 * Pages are linked and bookmarked by people, so their query strings are read leniently before they are validated: an
 * empty value means "not given", a repeated one counts by its last value, and a parameter no page knows is ignored (a
 * campaign tag must not break a link).
 */
function normalised(raw: Record<string, unknown>): Record<string, string | string[]> {
  // The control-character check is in readPageQuery, on the raw values of the parameters a page reads.
  const values: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(raw)) {
    const given = valuesOf(value);
    if (LIST_PARAMETERS.has(name)) {
      const items = given
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter((v) => v !== '');
      if (items.length > 0) values[name] = items;
      continue;
    }
    const last = given.at(-1)?.trim();
    if (last) values[name] = last;
  }
  return values;
}

function valuesOf(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

/** The query string as a validated PageQuery, or an InvalidInputError naming the first parameter at fault. */
export function readPageQuery(raw: Record<string, unknown>): PageQuery {
  const query = plainToInstance(PageQuery, normalised(raw));
  // Validation also strips the parameters no page knows, so what is left is what the pages will read.
  const [error] = validateSync(query, { whitelist: true, forbidNonWhitelisted: false, stopAtFirstError: true });
  for (const name of Object.keys(query)) {
    if (valuesOf(raw[name]).some((v) => /[\u0000-\u001f\u007f]/.test(v))) {
      throw new InvalidInputError(name, 'mag geen stuurtekens (zoals een regeleinde) bevatten');
    }
  }
  if (error) throw new InvalidInputError(error.property, Object.values(error.constraints ?? {})[0] ?? 'ongeldige waarde');
  return query;
}

/** The filters pages and feeds share. */
export function publicFilterOf(query: PageQuery): PublicQuestionFilter {
  const filter: PublicQuestionFilter = {};
  for (const key of ['ministry', 'minister', 'submitter', 'party', 'topic'] as const) {
    const value = query[key];
    if (value !== undefined) filter[key] = value;
  }
  return filter;
}

/** `?format=csv&tabel=<id>`: which table to download ('' when no table is named), or null for the page. */
export function csvTableOf(query: PageQuery): string | null {
  return query.format === 'csv' ? (query.tabel ?? '') : null;
}
