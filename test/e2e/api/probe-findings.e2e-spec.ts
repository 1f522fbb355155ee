import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { readSeed } from '../../support/test-env.js';
import { expectApiError, startApi, type ApiFixture } from './support/api-fixture.js';

/** A raw GET, so that Node's own parser (not supertest) meets the oversized request line. */
function rawGet(port: number, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ port, path, host: '127.0.0.1' }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body }));
      })
      .on('error', reject);
  });
}

// Issue 14 (an outside probe): findings 1, 12 and 13 against the in-process API, on SQLite or PostgreSQL.
describe('what the outside probe found: feed injection, error formats, loose ids', () => {
  let api: ApiFixture;
  let port: number;

  beforeAll(async () => {
    api = await startApi({ seeds: true, env: { RATE_LIMIT_PER_MINUTE: '0' } });
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    port = (api.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await api?.close();
  });

  it('#1 refuses CR/LF (any control character) in every feed filter with a 400 naming it; no forged event gets out', async () => {
    const forged = 'x)%0D%0ABEGIN:VEVENT%0D%0ASUMMARY:Gratis geld%0D%0AURL:http://evil.test%0D%0AEND:VEVENT';
    for (const name of ['ministry', 'minister', 'submitter', 'party', 'topic']) {
      for (const feed of ['termijnen.ics', 'achterstallig.atom']) {
        const res = await request(api.server).get(`/feeds/${feed}?${name}=${forged}`).expect(400);
        expect(res.headers['content-type']).toMatch(/^text\/html/);
        expect(res.text).toContain(`het veld “${name}”`);
        expect(res.text).not.toContain('BEGIN:VEVENT');
      }
      await request(api.server).get(`/feeds/termijnen.ics?${name}=a%09b%0Bc`).expect(400);
    }
    // The same filters on the pages are refused too.
    await request(api.server).get(`/vragen?minister=${forged}`).expect(400);
    // Ordinary text with separators still works, escaped per RFC 5545.
    const ok = await request(api.server).get('/feeds/termijnen.ics?minister=a;b,c\\d&asOf=2022-02-25').expect(200);
    expect(ok.text.replace(/\r\n /g, '')).toContain('X-WR-CALNAME:termijnwacht: termijnen (bewindspersoon a\\;b\\,c\\\\d)');
  });

  it('#12 answers an oversized request in the route’s format: JSON on the API, HTML on the pages, never an empty body', async () => {
    for (const size of [20_000, 100_000]) {
      const api431 = await rawGet(port, `/questions?q=${'a'.repeat(size)}`);
      expect([api431.status, api431.type]).toEqual([431, 'application/json; charset=utf-8']);
      expectApiError(JSON.parse(api431.body), 431, /16 KB/);
      const page431 = await rawGet(port, `/vragen?q=${'a'.repeat(size)}`);
      expect([page431.status, page431.type]).toEqual([431, 'text/html; charset=utf-8']);
      expect(page431.body).toContain('<h1>Adres te lang</h1>');
    }
    // And the pages answer a NUL character as a page, not as JSON.
    const nul = await request(api.server).get('/vragen?minister=%00').expect(400);
    expect(nul.headers['content-type']).toMatch(/^text\/html/);
    expectApiError((await request(api.server).get('/questions?minister=%00').expect(400)).body, 400, /minister/);
  });

  it('#4 Bull Board: a cross-site form POST with the browser’s Basic credentials adds no job; the dashboard’s own requests and X-Api-Key do', async () => {
    const add = (origin: string | null) => {
      const req = request(api.server).post('/admin/queues/api/queues/ingest/add').auth('admin', api.adminKey).type('form').send({ name: 'forged', data: '{}' });
      return origin ? req.set('Origin', origin) : req;
    };
    expect((await add('http://evil.test').expect(403)).body.message).toMatch(/from another site \(Origin http:\/\/evil.test\)/);
    // A form without Origin (an old browser, a stripped header) with Basic credentials is refused by the board itself.
    expect((await add(null).expect(403)).body.message).toMatch(/must come from this site/);
    const jobs = async () =>
      (await request(api.server).get('/admin/queues/api/queues?activeQueue=ingest&status=waiting').set('X-Api-Key', api.adminKey).expect(200)).body.queues.find(
        (q: { name: string }) => q.name === 'ingest',
      ).counts.waiting;
    expect(await jobs()).toBe(0);
    // The dashboard itself (same origin) and a script with the key in a header still work.
    await request(api.server)
      .post('/admin/queues/api/queues/ingest/add')
      .auth('admin', api.adminKey)
      .set('Origin', `http://127.0.0.1:${port}`)
      .set('Host', `127.0.0.1:${port}`)
      .send({ name: 'from-dashboard', data: {} })
      .expect(200);
    await request(api.server).post('/admin/queues/api/queues/ingest/add').set('X-Api-Key', api.adminKey).send({ name: 'from-script', data: {} }).expect(200);
    expect(await jobs()).toBe(2);
    // Every other state-changing request from another site is refused too.
    await request(api.server)
      .post('/api-keys')
      .set('X-Api-Key', api.adminKey)
      .set('Origin', 'http://evil.test')
      .send({ role: 'editor', name: 'x' })
      .expect(403);
  });

  it('#8 as of a date before their submission, sets are left out of lists and feeds, and one set says not_yet_submitted', async () => {
    // The seeds were submitted from 2019-07-18 on.
    const all = (await request(api.server).get('/questions?asOf=2017-01-01').expect(200)).body;
    expect(all.total).toBe(0);
    expect((await request(api.server).get('/questions?asOf=2017-01-01&status=open').expect(200)).body.total).toBe(0);
    // 2022-01-31 is 000's submission day: it exists (open) from then on, and the list agrees with its own filter.
    const onTheDay = (await request(api.server).get('/questions?asOf=2022-01-31&pageSize=100').expect(200)).body;
    const open = (await request(api.server).get('/questions?asOf=2022-01-31&status=open&pageSize=100').expect(200)).body;
    expect(onTheDay.items.every((q: { submittedOn: string }) => q.submittedOn <= '2022-01-31')).toBe(true);
    expect(open.items.map((q: { key: string }) => q.key)).toEqual(expect.arrayContaining(['2022Z01519']));
    expect(onTheDay.items.filter((q: { status: string }) => q.status === 'open').length).toBe(open.total);
    const before = (await request(api.server).get('/questions/2022Z01519?asOf=2022-01-30').expect(200)).body;
    expect(before).toMatchObject({ status: 'not_yet_submitted', term: null, daysOutstanding: null });
    expect((await request(api.server).get('/feeds/termijnen.ics?asOf=2017-01-01').expect(200)).text).not.toContain('BEGIN:VEVENT');
    await request(api.server)
      .get('/vragen/2022Z01519?asOf=2022-01-30')
      .expect(200, /Nog niet ingediend/);
  });

  it('conventions: CORS for GET on the API only, Cache-Control and a revalidating ETag on public reads, compression', async () => {
    const read = await request(api.server).get('/questions?pageSize=50').set('Origin', 'http://elsewhere.test').set('Accept-Encoding', 'gzip').expect(200);
    expect(read.headers['access-control-allow-origin']).toBe('*');
    expect(read.headers['cache-control']).toBe('public, max-age=60');
    expect(read.headers['content-encoding']).toBe('gzip');
    await request(api.server).get('/questions?pageSize=50').set('If-None-Match', read.headers.etag).expect(304);
    // The ETag is the data version's: another URL has the same while nothing changed, and every write moves it on.
    const feed = await request(api.server).get('/feeds/termijnen.ics').expect(200);
    expect(read.headers.etag).toMatch(/^W\/"v\d+-[\w-]+"$/);
    await request(api.server).get('/reports/latency?groupBy=year').set('If-None-Match', feed.headers.etag).expect(304);
    await request(api.server)
      .post('/documents')
      .set('X-Api-Key', api.editorKey)
      .set('Content-Type', 'text/plain; charset=utf-8')
      .send(readSeed('001'))
      .expect(200);
    const after = await request(api.server).get('/questions?pageSize=50').set('If-None-Match', read.headers.etag).expect(200);
    expect(after.headers.etag).not.toBe(read.headers.etag);
    // Not for the pages (their forms carry a token of each visit): those keep the hash of the body.
    expect((await request(api.server).get('/vragen').expect(200)).headers.etag).not.toMatch(/^W\/"v\d+-/);
    // A preflight for a write is not granted; the pages get no CORS; errors and keyed reads are not cached.
    const preflight = await request(api.server).options('/subscriptions').set('Origin', 'http://elsewhere.test').set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect((await request(api.server).get('/vragen').set('Origin', 'http://elsewhere.test')).headers['access-control-allow-origin']).toBeUndefined();
    expect((await request(api.server).get('/questions/1999Z00000').expect(404)).headers['cache-control']).toBe('no-store');
    expect((await request(api.server).get('/questions?pageSize=1').set('X-Api-Key', api.editorKey).expect(200)).headers['cache-control']).toBeUndefined();
  });

  it('#13 takes only decimal digits as an id: 0x6, 6.0, 1e3, +6, 06 and " 6" are refused, 6 is found', async () => {
    await request(api.server).get('/documents/1').expect(200);
    for (const id of ['0x1', '1.0', '1e3', '+1', '01', '%201', '1%20', '１']) {
      expectApiError((await request(api.server).get(`/documents/${id}`).expect(400)).body, 400, /^id must be a positive integer/);
      expectApiError((await request(api.server).get(`/commitments/${id}`).expect(400)).body, 400, /^id must be a positive integer/);
    }
  });
});
