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
  pageSize: number;
}

export const DEFAULT_ODATA_CLIENT_OPTIONS: ODataClientOptions = { minIntervalMs: 250, maxRetries: 5, baseDelayMs: 1000, timeoutMs: 30000, pageSize: 250 };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Reads OData v4 pages, following @odata.nextLink, retrying what is worth retrying and nothing else. */
export class ODataClient {
  private lastRequestAt = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly options: ODataClientOptions = DEFAULT_ODATA_CLIENT_OPTIONS,
  ) {}

  /** The first page's URL for an entity set with a $filter; $orderby keeps the GewijzigdOp cursor meaningful. */
  firstPageUrl(entity: string, filter: string, extra: Record<string, string> = {}): string {
    const params = new URLSearchParams({ $filter: filter, $orderby: 'GewijzigdOp asc', $top: String(this.options.pageSize), ...extra });
    return `${this.baseUrl.replace(/\/+$/, '')}/${entity}?${params.toString().replace(/\+/g, '%20')}`;
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
