import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { compileFilter } from './odata-filter.js';

type Row = Record<string, unknown>;

/** The server's page size when a request has no `$top` (the real API's: 250). */
export const SERVER_PAGE_SIZE = 250;

/** A file behind `Document(<Id>)/resource`. */
export interface FixtureFile {
  contentType: string;
  bytes: Uint8Array;
}

// Navigation properties of each entity set, served only when `$expand`ed (as OData does).
const NAVIGATION: Record<string, string[]> = {
  Zaak: ['ZaakActor', 'Document'],
  ZaakActor: ['Zaak'],
  Document: ['Zaak'],
  Toezegging: ['KamerbriefNakoming'],
};

/** `Zaak($select=Id,Nummer),ZaakActor` → { Zaak: ['Id','Nummer'], ZaakActor: null }. */
function parseExpand(text: string | null): Map<string, string[] | null> {
  const out = new Map<string, string[] | null>();
  if (!text) return out;
  const re = /([A-Za-z]+)(?:\(\$select=([^)]*)\))?,?/g;
  for (const m of text.matchAll(re)) out.set(m[1], m[2] ? m[2].split(',').map((s) => s.trim()) : null);
  return out;
}

const pick = (row: Row, select: string[] | null): Row => (select ? Object.fromEntries(select.filter((k) => k in row).map((k) => [k, row[k]])) : row);

/** What a deleted record looks like in the API: a placeholder with its Id, the timestamps and `Verwijderd`. */
const placeholder = (row: Row): Row => ({ Id: row.Id, Verwijderd: true, GewijzigdOp: row.GewijzigdOp, ApiGewijzigdOp: row.ApiGewijzigdOp });

/**
 * A stand-in for the Kamer's OData v4 service that behaves as the real one is documented to (test/sync/REAL-API-BEHAVIOUR.md):
 * server pages of 250 rows with an @odata.nextLink only when no `$top` is sent; `$filter` evaluated (and/or/not,
 * comparisons, navigation paths, timestamps as instants); `$orderby`; navigation properties only when `$expand`ed;
 * deleted records as `Verwijderd` placeholders; `<Entity>/$count`; files at `Document(<Id>)/resource` with their
 * Content-Type. Tests hold the data in `data`:
 *  - Zaak rows carry their actors in `ZaakActor` (each with its own Id and ApiGewijzigdOp); the ZaakActor set is
 *    derived from them, with `Zaak` as its navigation property;
 *  - Document rows name their zaken by number in `Zaak: string[]`, resolved against the Zaak set when expanded;
 *  - Toezegging rows carry `KamerbriefNakoming` as a list of documents.
 * Faults are scripted per request number.
 */
export class ODataFixtureServer {
  readonly requests: string[] = [];
  readonly data: Record<string, Row[]> = { Zaak: [], Document: [], Toezegging: [] };
  readonly files = new Map<string, FixtureFile>();
  /** Answers to script, by the 1-based number of the request: a status code, or 'malformed' for a broken page. */
  faults = new Map<number, number | 'malformed'>();
  /**
   * Properties this server does not offer as navigation properties: expanding one is a 400, and the property is served
   * as a plain value (to test a client against an API whose $metadata differs from what it expects).
   */
  refuseExpand = new Set<string>();
  /** Called for each request before it is answered (a test can kill a client between pages); a promise it returns
   *  holds the answer until it settles. */
  onRequest: ((url: string, index: number) => void | Promise<void>) | null = null;
  private server: http.Server | null = null;
  private readonly results = new Map<string, Row[]>();

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/OData/v4/2.0`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Feed requests (entity-set reads), without counts and files. */
  feedRequests(): string[] {
    return this.requests.filter((u) => !u.includes('/$count') && !u.includes('/resource'));
  }

  private rowsOf(entity: string): Row[] {
    if (entity === 'ZaakActor') {
      return this.data.Zaak.flatMap((zaak) => ((zaak.ZaakActor as Row[] | undefined) ?? []).map((actor) => ({ ...actor, Zaak: zaak })));
    }
    return this.data[entity] ?? [];
  }

  /** The row as served: navigation properties resolved when expanded, dropped otherwise; a deleted row as its placeholder. */
  private shape(entity: string, row: Row, expand: Map<string, string[] | null>): Row {
    if (row.Verwijderd === true) return placeholder(row);
    const out: Row = {};
    const navigation = (NAVIGATION[entity] ?? []).filter((nav) => !this.refuseExpand.has(nav));
    for (const [key, value] of Object.entries(row)) if (!navigation.includes(key)) out[key] = value;
    for (const nav of navigation) {
      if (!expand.has(nav)) continue;
      const select = expand.get(nav) ?? null;
      const value = row[nav];
      if (entity === 'Document' && nav === 'Zaak') {
        out.Zaak = ((value as string[] | undefined) ?? []).map((nummer) => {
          const zaak = this.data.Zaak.find((z) => z.Nummer === nummer) ?? { Id: `unknown-${nummer}`, Nummer: nummer, Soort: null, Verwijderd: false };
          return pick(this.shape('Zaak', zaak, new Map()), select);
        });
      } else if (typeof value === 'string') out[nav] = value;
      else if (Array.isArray(value)) out[nav] = value.map((v) => pick(this.shape(nav, v as Row, new Map()), select));
      else out[nav] = value ? pick(this.shape(nav, value as Row, new Map()), select) : null;
    }
    return out;
  }

  /** What a filter sees: the stored row, with Document/Zaak resolved so `Zaak/any(...)`-free paths work on the Zaak set. */
  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    this.requests.push(req.url ?? '');
    const index = this.requests.length;
    const held = this.onRequest?.(req.url ?? '', index);
    if (held) void held.then(() => this.answer(req, res, index));
    else this.answer(req, res, index);
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse, index: number): void {
    const fault = this.faults.get(index);
    if (fault === 'malformed') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"value": [ {"Id": "x", ');
      return;
    }
    if (typeof fault === 'number') {
      res.writeHead(fault, { 'content-type': 'text/plain', 'retry-after': '0' }).end('unavailable');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://fixture');
    const resource = /\/Document\(([^)]+)\)\/resource$/.exec(decodeURIComponent(url.pathname));
    if (resource) {
      const file = this.files.get(resource[1]);
      if (!file) res.writeHead(404, { 'content-type': 'text/plain' }).end('no such resource');
      else res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.bytes.byteLength) }).end(Buffer.from(file.bytes));
      return;
    }
    const parts = url.pathname.split('/');
    const isCount = parts.at(-1) === '$count';
    const entity = isCount ? parts.at(-2)! : parts.at(-1)!;
    let predicate;
    try {
      predicate = compileFilter(url.searchParams.get('$filter'));
    } catch (error) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: (error as Error).message } }));
      return;
    }
    const skip = Number(url.searchParams.get('$skip') ?? '0');
    // A nextLink reads on from the result its first page computed (tests change the data between runs, not within one).
    const key = `${entity}|${url.searchParams.get('$filter')}|${url.searchParams.get('$orderby')}`;
    let rows = !isCount && skip > 0 ? this.results.get(key) : undefined;
    if (!rows) {
      rows = this.rowsOf(entity).filter(predicate);
      if (isCount) {
        res.writeHead(200, { 'content-type': 'text/plain' }).end(String(rows.length));
        return;
      }
      rows = this.ordered(rows, url.searchParams.get('$orderby'));
      this.results.set(key, rows);
    }
    const topText = url.searchParams.get('$top');
    const expand = parseExpand(url.searchParams.get('$expand'));
    const refused = [...expand.keys()].find((nav) => this.refuseExpand.has(nav));
    if (refused) {
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { message: `'${refused}' is not a navigation property of ${entity}` } }));
      return;
    }
    const body: Row = { '@odata.context': `fixture/$metadata#${entity}` };
    if (topText !== null) {
      // With $top the API answers that many rows and no nextLink at all (OpenDataPortaal#70).
      body.value = rows.slice(skip, skip + Number(topText)).map((r) => this.shape(entity, r, expand));
    } else {
      body.value = rows.slice(skip, skip + SERVER_PAGE_SIZE).map((r) => this.shape(entity, r, expand));
      if (skip + SERVER_PAGE_SIZE < rows.length) {
        const next = new URL(url.toString());
        next.searchParams.set('$skip', String(skip + SERVER_PAGE_SIZE));
        body['@odata.nextLink'] = `http://${req.headers.host}${next.pathname}${next.search}`;
      }
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }

  private ordered(rows: Row[], orderby: string | null): Row[] {
    const keys = (orderby ?? 'Id asc').split(',').map((part) => {
      const [field, direction] = part.trim().split(/\s+/);
      return { field, sign: direction === 'desc' ? -1 : 1 };
    });
    const value = (row: Row, field: string): number | string => {
      const v = row[field];
      const t = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) ? Date.parse(v) : NaN;
      return Number.isNaN(t) ? String((v as string | number | boolean | null | undefined) ?? '').toLowerCase() : t;
    };
    const decorated = rows.map((row) => ({ row, k: keys.map((k) => value(row, k.field)) }));
    decorated.sort((a, b) => {
      for (const [i, k] of keys.entries()) {
        if (a.k[i] < b.k[i]) return -k.sign;
        if (a.k[i] > b.k[i]) return k.sign;
      }
      return 0;
    });
    return decorated.map((d) => d.row);
  }
}
