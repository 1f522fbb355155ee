import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DocumentInboxService } from '#domain';
import { parseDocument } from '#parsing';
import { performance } from 'node:perf_hooks';
import request from 'supertest';
import { readSeed } from '../../support/test-env.js';
import { startApi, type ApiFixture } from './support/api-fixture.js';

/** Seed 000 with its answers repeated into a 4.5 MB document, as the outside probe sent (issue 14, finding 9). */
function largeDocument(): string {
  const seed = readSeed('000');
  const answer = '  Het bericht is zorgelijk en past in het bredere beeld dat de overheid in eigen land een hoge mate van controle uitoefent. ';
  const padding = Array.from({ length: 4.5 * 1024 * 8 }, (_, i) => `${answer}${i}.`).join('\n');
  return seed.replace('  Ja.\n', `  Ja.\n${padding}\n`);
}

// Compared, not timed against a fixed number: how long /health waits while the API takes a large upload, against how
// long parsing that document takes on this machine. Before: /health waited as long as the parse (3.9 s of 4.4 s).
describe('a large synchronous upload does not hold up the API', () => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi({ env: { RATE_LIMIT_PER_MINUTE: '0' } });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('goes the asynchronous way (202, the inbox): the API does not parse it, and /health answers meanwhile', async () => {
    const text = largeDocument();
    expect(Buffer.byteLength(text)).toBeGreaterThan(4 * 1024 * 1024);
    // A real document, which the parser accepts: the API defers it by its size, not because it is broken.
    expect(parseDocument(text).questions.length).toBeGreaterThan(0);

    // Warm: the first /health connects to Redis and the database.
    for (let i = 0; i < 3; i += 1) await request(api.server).get('/health');
    const healthWaits: number[] = [];
    let uploading = true;
    const upload = request(api.server)
      .post('/documents')
      .set('X-Api-Key', api.editorKey)
      .set('Content-Type', 'text/plain; charset=utf-8')
      .send(text)
      .then((res) => {
        uploading = false;
        return res;
      });
    const probe = (async () => {
      while (uploading) {
        const started = performance.now();
        await request(api.server).get('/health');
        healthWaits.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    const res = await upload;
    await probe;
    expect(res.status).toBe(202);
    expect(res.headers.location).toMatch(/^\/documents\/inbox\/\d+$/);
    expect(res.headers['preference-applied']).toBeUndefined();
    expect(healthWaits.length).toBeGreaterThan(0);
    // No timing is asserted here (speed belongs in the benchmarks): `npm run bench:upload` measures /health during
    // the upload with the API in a process of its own.
  }, 120_000);

  it('on the asynchronous path the worker decodes what the API stored as bytes: UTF-16 is imported, damaged bytes are refused with the line', async () => {
    const inbox = api.app.get(DocumentInboxService);
    const accepted = async (bytes: Buffer) => {
      const res = await request(api.server)
        .post('/documents')
        .set('X-Api-Key', api.editorKey)
        .set('Prefer', 'respond-async')
        .set('Content-Type', 'text/plain')
        .send(bytes)
        .expect(202);
      return Number(/\/(\d+)$/.exec(res.headers.location)![1]);
    };
    const seed = readSeed('001');
    // UTF-16 LE with its byte-order mark: decoded by the worker, imported as the seed itself.
    const utf16 = await accepted(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')]));
    expect(await inbox.process(utf16)).toBe('done');
    expect((await inbox.state(utf16))?.result).toMatchObject({ zaak: expect.any(String) });
    // A NUL character on line 3: accepted as bytes, refused by the worker naming the line; nothing imported.
    const lines = seed.split('\n');
    lines[2] = `${lines[2]}\u0000`;
    const damaged = await accepted(Buffer.from(lines.join('\n'), 'utf8'));
    expect(await inbox.process(damaged)).toBe('rejected');
    expect((await inbox.state(damaged))?.error).toMatch(/^line 3: .*NUL character/);
    // Bytes that are not UTF-8 (latin-1): refused with the line and the encodings that are read.
    const latin1 = await accepted(Buffer.from(seed.replace('Kamer', 'Kamer café'), 'latin1'));
    expect(await inbox.process(latin1)).toBe('rejected');
    expect((await inbox.state(latin1))?.error).toMatch(/line \d+/);
  });
});
