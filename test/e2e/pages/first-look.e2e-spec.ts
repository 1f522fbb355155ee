import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DEFAULT_POLICY, DocumentImportService, SYNC_FEEDS, writeTransaction } from '#domain';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../../apps/api/src/bootstrap.js';
import { sql } from '../../support/sql.js';
import { createTestEnv, openTestDatabase, seedFiles } from '../../support/test-env.js';

// Issue 13: "An empty first look." With only the five seeds (all answered long ago), as a new user gets from
// `npm start`, the front page says what it holds and until when, says how to fetch newer data, and links the latest
// Monday list that has something on it.
describe('the first look at a fresh instance', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    const env = createTestEnv();
    await (await openTestDatabase(env)).destroy();
    app = await createApiApp(env, DEFAULT_POLICY, { logger: false, shutdownHooks: false });
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
  });

  const text = (html: string) =>
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#x27;/g, "'")
      .replace(/\s+/g, ' ');

  it('with no data at all says so and how to import or sync', async () => {
    const page = text((await request(app.getHttpServer()).get('/').expect(200)).text);
    expect(page).toContain('termijnwacht bevat nog geen vragensets.');
    expect(page).toContain('npx termijnwacht import MAP');
    expect(page).toContain('npx termijnwacht sync');
  });

  it('with the seeds: "gegevens tot" the last document, old data flagged, and a link to the last non-empty Monday list', async () => {
    const importer = app.get(DocumentImportService);
    for (const file of seedFiles()) await importer.importText(fs.readFileSync(file, 'utf8'), { filename: path.basename(file) });
    const html = (await request(app.getHttpServer()).get('/').expect(200)).text;
    const page = text(html);
    // Seed 003 (2022Z11285) is the latest document: answered on 1 August 2022 (see seeds/).
    expect(page).toMatch(/termijnwacht bevat 5 vragensets, ingediend vanaf [^;]+; gegevens tot \d+ [a-z]+ 2022/);
    expect(page).toContain('Nog nooit bijgewerkt uit de open data van de Kamer.');
    expect(page).toMatch(/De gegevens lopen \d+ dagen achter/);
    // Handlebars writes = in attributes as &#x3D;; the browser reads it back as =.
    const listLink = /href="(\/achterstallig\?asOf(?:=|&#x3D;)\d{4}-\d{2}-\d{2})"/.exec(html);
    expect(listLink).not.toBeNull();
    const asOf = listLink![1].slice(-10);
    const report = (await request(app.getHttpServer()).get(`/reports/overdue?asOf=${asOf}`).expect(200)).body as { total: number };
    expect(report.total).toBeGreaterThan(0);
    expect(page).toContain(`de laatste stand met achterstallige vragen (${report.total})`);
    // The same link on today's (empty) Monday list.
    expect((await request(app.getHttpServer()).get('/achterstallig').expect(200)).text).toContain(`href="${listLink![1]}"`);
    // The overview as of the last data date is offered too, and there the figures are not blank.
    const overviewLink = /href="(\/\?asOf(?:=|&#x3D;)\d{4}-\d{2}-\d{2})"/.exec(html);
    expect(overviewLink).not.toBeNull();
  });

  it('names the last sync once every feed of the open data was read to its end (as /health and sync status do)', async () => {
    const db = app.get(DataSource);
    const cursor = (feed: string, completedAt: string | null) =>
      writeTransaction(db, (m) =>
        sql(m, `INSERT INTO sync_cursor (feed, cursor, "recordsSeen", "updatedAt", "lastCompletedAt") VALUES (?, ?, ?, ?, ?)`, [
          feed,
          '2022-08-02T10:00:00Z',
          12,
          '2022-08-03T10:00:05.000Z',
          completedAt,
        ]),
      );
    // One feed read, the others never: the data is not yet current up to any date.
    await cursor(SYNC_FEEDS[0], '2022-08-03T10:00:05.000Z');
    expect(text((await request(app.getHttpServer()).get('/').expect(200)).text)).toContain('Nog nooit bijgewerkt uit de open data van de Kamer.');
    // All read; the oldest completion is the date the data is current until.
    for (const [i, feed] of SYNC_FEEDS.slice(1).entries()) await cursor(feed, i === 0 ? '2022-08-02T10:00:05.000Z' : '2022-08-03T10:00:05.000Z');
    const page = text((await request(app.getHttpServer()).get('/').expect(200)).text);
    expect(page).toContain('Laatst bijgewerkt uit de open data van de Kamer op 2 augustus 2022.');
  });
});
