import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Index of the first row changed at or after `iso`, by binary search over rows sorted on GewijzigdOp. */
function firstAtOrAfter(rows: Record<string, unknown>[], iso: string): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (String(rows[mid].GewijzigdOp) < iso) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A small stand-in for the Kamer's OData v4 service, for tests: entity sets held in memory, served in the API's JSON
 * shape, honouring `Verwijderd eq false`, `GewijzigdOp ge <timestamp>`, `$top` and `$skip`, with @odata.nextLink.
 * GewijzigdOp values are written as UTC ISO strings ("…Z"), so their text order is their time order.
 * Faults are scripted per request number.
 */
export class ODataFixtureServer {
  readonly requests: string[] = [];
  readonly data: Record<string, Record<string, unknown>[]> = { Zaak: [], Document: [], Toezegging: [] };
  /** Answers to script, by the 1-based number of the request: a status code, or 'malformed' for a broken page. */
  faults = new Map<number, number | 'malformed'>();
  private server: http.Server | null = null;

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/OData/v4/2.0`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** The entity set in GewijzigdOp order, sorted in place only when a test has changed it (a check is O(n), a sort is not). */
  private sortedByChange(entity: string): Record<string, unknown>[] {
    const rows = this.data[entity] ?? [];
    const key = (r: Record<string, unknown>) => String(r.GewijzigdOp);
    for (let i = 1; i < rows.length; i += 1) {
      if (key(rows[i - 1]) > key(rows[i])) {
        rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
        break;
      }
    }
    return rows;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    this.requests.push(req.url ?? '');
    const fault = this.faults.get(this.requests.length);
    if (fault === 'malformed') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"value": [ {"Id": "x", ');
      return;
    }
    if (typeof fault === 'number') {
      res.writeHead(fault, { 'content-type': 'text/plain', 'retry-after': '0' }).end('unavailable');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://fixture');
    const entity = url.pathname.split('/').pop() ?? '';
    const filter = url.searchParams.get('$filter') ?? '';
    const since = /GewijzigdOp ge (\S+)/.exec(filter)?.[1];
    const top = Number(url.searchParams.get('$top') ?? '250');
    const skip = Number(url.searchParams.get('$skip') ?? '0');
    let rows = this.sortedByChange(entity);
    if (filter.includes('Verwijderd eq false')) rows = rows.filter((r) => r.Verwijderd !== true);
    if (since) rows = rows.slice(firstAtOrAfter(rows, new Date(since).toISOString()));
    const page = rows.slice(skip, skip + top);
    const body: Record<string, unknown> = { '@odata.context': `fixture/$metadata#${entity}`, value: page };
    if (skip + top < rows.length) {
      const next = new URL(url.toString());
      next.searchParams.set('$skip', String(skip + top));
      body['@odata.nextLink'] = `http://${req.headers.host}${next.pathname}${next.search}`;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }
}
