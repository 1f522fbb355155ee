import type { ODataPage } from './odata-types.js';

export class SyncError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyncError';
  }
}

export interface ODataClientOptions {
  /** Polite rate: at least this long between two requests. */
  minIntervalMs: number;
  /** Retries of a 429 or 5xx answer (or a network error), with exponential backoff. */
  maxRetries: number;
  baseDelayMs: number;
  timeoutMs: number;
  /** Ignored: the server pages (250 rows); kept so existing callers' options still type-check. */
  pageSize?: number;
}

export const DEFAULT_ODATA_CLIENT_OPTIONS: ODataClientOptions = { minIntervalMs: 250, maxRetries: 5, baseDelayMs: 1000, timeoutMs: 30000 };

/** The client's options with the polite interval from the environment (OPENDATA_MIN_INTERVAL_MS; tests set 0). */
export function odataClientOptions(minIntervalMs: number | null | undefined): ODataClientOptions {
  return { ...DEFAULT_ODATA_CLIENT_OPTIONS, minIntervalMs: minIntervalMs ?? DEFAULT_ODATA_CLIENT_OPTIONS.minIntervalMs };
}

/** A file behind `Document(<Id>)/resource`. */
export interface ODataResource {
  contentType: string | null;
  bytes: Buffer;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Reads OData v4 pages, following the server's @odata.nextLink, retrying what is worth retrying and nothing else.
 * It never sends `$top` or `$skip` of its own: with `$top` the Kamer's API sends no nextLink at all
 * (OpenDataPortaal#70), so the server's own 250-row pages are the only way to read a feed to its end.
 */
export class ODataClient {
  private lastRequestAt = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly options: ODataClientOptions = DEFAULT_ODATA_CLIENT_OPTIONS,
  ) {}

  /** The first page's URL for an entity set with a $filter, in cursor order (ApiGewijzigdOp, then Id). */
  firstPageUrl(entity: string, filter: string, extra: Record<string, string> = {}): string {
    const params = new URLSearchParams({ $filter: filter, $orderby: 'ApiGewijzigdOp asc,Id asc', ...extra });
    return `${this.base()}/${entity}?${params.toString().replace(/\+/g, '%20')}`;
  }

  /** How many records a filter matches (`<Entity>/$count`), for a progress estimate; null when the server will not say. */
  async count(entity: string, filter: string): Promise<number | null> {
    const params = new URLSearchParams({ $filter: filter });
    try {
      await this.keepPoliteRate();
      const response = await fetch(`${this.base()}/${entity}/$count?${params.toString().replace(/\+/g, '%20')}`, {
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      const text = (await response.text()).trim();
      return response.ok && /^\d+$/.test(text) ? Number(text) : null;
    } catch {
      return null;
    }
  }

  /**
   * A document's file (`Document(<Id>)/resource`), refused beyond `maxBytes` or `timeoutMs`: a 404 or an oversized
   * file is a SyncError naming why, for the caller to record and retry later.
   */
  async resource(documentId: string, limits: { maxBytes: number; timeoutMs: number }): Promise<ODataResource> {
    const url = `${this.base()}/Document(${documentId})/resource`;
    for (let attempt = 0; ; attempt += 1) {
      await this.keepPoliteRate();
      let response: Response;
      try {
        response = await fetch(url, { signal: AbortSignal.timeout(limits.timeoutMs) });
      } catch (error) {
        if (attempt >= this.options.maxRetries) throw new SyncError(`GET ${url} failed: ${(error as Error).message}`);
        await sleep(this.backoff(attempt, null));
        continue;
      }
      if ((response.status === 429 || response.status >= 500) && attempt < this.options.maxRetries) {
        await response.body?.cancel();
        await sleep(this.backoff(attempt, response.headers.get('retry-after')));
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new SyncError(`GET ${url} answered ${response.status}`);
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (declared > limits.maxBytes) {
        await response.body?.cancel();
        throw new SyncError(`file of ${declared} bytes is over the limit of ${limits.maxBytes}`);
      }
      const bytes = await readLimited(response, limits.maxBytes);
      return { contentType: response.headers.get('content-type'), bytes };
    }
  }

  private base(): string {
    return this.baseUrl.replace(/\/+$/, '');
  }

  async *pages<T>(firstUrl: string): AsyncGenerator<ODataPage<T>> {
    let url: string | undefined = firstUrl;
    while (url) {
      const page: ODataPage<T> = await this.getPage<T>(url);
      yield page;
      url = page['@odata.nextLink'];
    }
  }

  async getPage<T>(url: string): Promise<ODataPage<T>> {
    for (let attempt = 0; ; attempt += 1) {
      await this.keepPoliteRate();
      let response: Response;
      try {
        response = await fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(this.options.timeoutMs) });
      } catch (error) {
        if (attempt >= this.options.maxRetries) throw new SyncError(`GET ${url} failed after ${attempt + 1} attempts: ${(error as Error).message}`);
        await sleep(this.backoff(attempt, null));
        continue;
      }
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel();
        if (attempt >= this.options.maxRetries) throw new SyncError(`GET ${url} answered ${response.status} ${attempt + 1} times; giving up`);
        await sleep(this.backoff(attempt, response.headers.get('retry-after')));
        continue;
      }
      if (!response.ok) throw new SyncError(`GET ${url} answered ${response.status} ${response.statusText}`);
      return parsePage<T>(url, await response.text());
    }
  }

  private backoff(attempt: number, retryAfter: string | null): number {
    const seconds = retryAfter !== null && /^\d+$/.test(retryAfter) ? Number(retryAfter) : null;
    return seconds !== null ? Math.min(seconds * 1000, 60000) : this.options.baseDelayMs * 2 ** attempt;
  }

  private async keepPoliteRate(): Promise<void> {
    const wait = this.lastRequestAt + this.options.minIntervalMs - Date.now();
    if (wait > 0) await sleep(wait);
    this.lastRequestAt = Date.now();
  }
}

async function readLimited(response: Response, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new SyncError(`file is over the limit of ${maxBytes} bytes`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

function parsePage<T>(url: string, body: string): ODataPage<T> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new SyncError(`GET ${url} returned a page that is not JSON (${body.slice(0, 80).replace(/\s+/g, ' ')}…)`);
  }
  const page = json as ODataPage<T>;
  if (typeof json !== 'object' || json === null || !Array.isArray(page.value)) {
    throw new SyncError(`GET ${url} returned JSON without a "value" array: not an OData page`);
  }
  const next = page['@odata.nextLink'];
  if (next !== undefined && typeof next !== 'string') throw new SyncError(`GET ${url} returned a non-string @odata.nextLink`);
  return page;
}
