import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { asHtmlPage, listingWithShiftedCopy, mojibake, NGINX_502, utf16be, utf16le } from '../../support/damaged-documents.js';
import { readRealdoc, readSeed } from '../../support/test-env.js';
import { expectApiError, startApi, type ApiFixture } from './support/api-fixture.js';

// POST /documents with damaged documents (issue 12) and UTF-16 (issue 14, finding 11), on SQLite and, with
// TEST_DATABASE_URL, on PostgreSQL: each refusal is a 422 naming the line and the reason, and stores nothing.

describe('POST /documents: encodings accepted, damaged documents refused', () => {
  let api: ApiFixture;
  const post = () => request(api.server).post('/documents').set('X-Api-Key', api.editorKey);
  const total = async (): Promise<number> => (await request(api.server).get('/questions').expect(200)).body.total;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('decodes UTF-16 LE (text/plain) and UTF-16 BE (multipart) by their byte-order mark, and keeps the text', async () => {
    const le = readRealdoc('005');
    const first = await post().set('Content-Type', 'text/plain').send(utf16le(le)).expect(201);
    expect(first.body).toMatchObject({ outcome: 'imported', zaak: '2024Z18561' });
    expect((await request(api.server).get(`/documents/${first.body.sourceDocumentId}`).expect(200)).text).toBe(le);

    const be = readSeed('001');
    const second = await post().attach('file', utf16be(be), '001-utf16be.txt').expect(201);
    expect(second.body).toMatchObject({ outcome: 'imported', zaak: '2019Z15244' });
    expect((await request(api.server).get(`/documents/${second.body.sourceDocumentId}`).expect(200)).text).toBe(be);
    // The same document in UTF-8 afterwards is the same text: unchanged.
    expect((await post().set('Content-Type', 'text/plain').send(Buffer.from(be, 'utf8')).expect(200)).body.outcome).toBe('unchanged');
  });

  const realdoc001 = () => readRealdoc('001'); // 2023Z20388: "André Flach" on line 7, "reëel"
  const cases: Array<[string, () => Buffer | string, number, RegExp]> = [
    [
      'Latin-1 bytes',
      () => Buffer.from(realdoc001(), 'latin1'),
      7,
      /not valid UTF-8: byte 0xE9 .*UTF-8 \(with or without a byte-order mark\) or UTF-16 LE\/BE with a byte-order mark/,
    ],
    ['UTF-16 without a byte-order mark', () => Buffer.from(realdoc001(), 'utf16le'), 0, /UTF-16 without a byte-order mark/],
    [
      'mojibake (UTF-8 read as Windows-1252)',
      () => mojibake(realdoc001()),
      7,
      /damaged encoding: "Ã©" in ".*AndrÃ© Flach.*" is UTF-8 read as Latin-1\/Windows-1252/,
    ],
    [
      'the question/answer section twice, answers shifted',
      () => listingWithShiftedCopy(realdoc001()),
      0,
      /question 1 repeats question 1 of line 12 word for word, with another answer: .* answers are shifted/,
    ],
    ['the HTML of the page', () => asHtmlPage(realdoc001()), 1, /HTML page \("<!DOCTYPE html>"\), not a document's text/],
    ['a server error page', () => NGINX_502, 1, /HTML page/],
    [
      'a plain-text error page',
      () => '503 Service Unavailable\n\nNo server is available to handle this request.\n',
      1,
      /error page \("503 Service Unavailable"\) instead of a document/,
    ],
  ];

  it.each(cases)('%s: 422 with the line and the reason, as text/plain and as multipart; nothing stored', async (_name, build, line, message) => {
    const before = await total();
    const body = build();
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    for (const res of [await post().set('Content-Type', 'text/plain').send(bytes), await post().attach('file', bytes, 'damaged.txt')]) {
      expect(res.status).toBe(422);
      expectApiError(res.body, 422, message);
      if (line > 0) expect(res.body.line).toBe(line);
      if (line === 0) expect(res.body.line === null || typeof res.body.line === 'number').toBe(true);
    }
    expect(await total()).toBe(before);
    await request(api.server).get('/questions/2023Z20388').expect(404);
  });

  it('the undamaged document imports (the refusals above were for the damage, not the document)', async () => {
    expect((await post().set('Content-Type', 'text/plain').send(Buffer.from(realdoc001(), 'utf8')).expect(201)).body.zaak).toBe('2023Z20388');
  });
});
