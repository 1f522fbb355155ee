import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_POLICY, type Env } from '#domain';
import type { NestExpressApplication } from '@nestjs/platform-express';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { createApiApp } from '../../../apps/api/src/bootstrap.js';
import { runCli } from '../../support/run-cli.js';
import { createTestEnv, databaseVars, SEEDS_DIR } from '../../support/test-env.js';

// The compiled CLI, as users run it (dist is built by the jest global setup), on its own DATA_DIR (or PostgreSQL schema).
describe('termijnwacht status and termijnwacht apikey', () => {
  const testEnv = createTestEnv();
  const cli = (...args: string[]) => runCli(args, databaseVars(testEnv));

  beforeAll(() => {
    const run = cli('import', SEEDS_DIR);
    if (run.status !== 0) throw new Error(`import failed: ${run.stderr}`);
  });

  describe('status', () => {
    it('prints seed 000 as of 2022-03-01: answered late, 28 days, 7 over the term, no deferral', () => {
      const run = cli('status', '2022Z01519', '--as-of', '2022-03-01');
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({
        zaak: '2022Z01519',
        key: '2022Z01519',
        asOf: '2022-03-01',
        status: 'answered_late',
        term: '2022-02-21',
        extendedTerm: null,
        daysToAnswer: 28,
        daysOverTerm: 7,
        daysOutstanding: null,
        deferrals: [],
      });
    });

    it('follows the policy set in the environment: with ANSWER_TERM_DAYS=28 seed 000 (28 days) is on time', () => {
      const run = runCli(['status', '2022Z01519', '--as-of', '2022-03-01'], { ...databaseVars(testEnv), ANSWER_TERM_DAYS: '28' });
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toMatchObject({ status: 'answered_on_time', term: '2022-02-28', daysToAnswer: 28, daysOverTerm: 0 });
    });

    it('refuses a bad policy variable with exit 65, naming it', () => {
      const run = runCli(['status', '2022Z01519'], { ...databaseVars(testEnv), ANSWER_TERM_DAYS: 'drie weken' });
      expect(run.status).toBe(65);
      expect(run.stderr).toContain('ANSWER_TERM_DAYS=drie weken (a whole number of days)');
    });

    it('prints seed 002 with its deferral of 2021-11-29 in time and the extended term 2021-12-21', () => {
      const view = JSON.parse(cli('status', '2021Z19796', '--as-of', '2022-05-01').stdout);
      expect(view).toMatchObject({
        status: 'answered_late',
        term: '2021-11-30',
        extendedTerm: '2021-12-21',
        daysToAnswer: 149,
        daysOverTerm: 107,
        deferrals: [{ date: '2021-11-29', inTime: true }],
      });
    });

    // Issue 14, finding 8 (DESIGN.md's as-of rule): before its submission date a set does not exist yet.
    it('answers not_yet_submitted (exit 0) as of a date before the submission; the day itself is open', () => {
      const before = cli('status', '2022Z01519', '--as-of', '2022-01-30');
      expect(before.status).toBe(0);
      expect(JSON.parse(before.stdout)).toEqual({
        zaak: '2022Z01519',
        key: '2022Z01519',
        asOf: '2022-01-30',
        status: 'not_yet_submitted',
        term: null,
        extendedTerm: null,
        daysToAnswer: null,
        daysOverTerm: null,
        daysOutstanding: null,
        deferrals: [],
      });
      expect(JSON.parse(cli('status', '2022Z01519', '--as-of', '2022-01-31').stdout).status).toBe('open');
    });

    it('tells the status as of an earlier date: seed 004 open after its deferral on 2021-11-10, overdue on 2021-11-15', () => {
      expect(JSON.parse(cli('status', '2021Z16950', '--as-of', '2021-11-10').stdout)).toMatchObject({
        status: 'open_deferred',
        extendedTerm: '2021-11-12',
        daysToAnswer: null,
        daysOverTerm: 0,
      });
      expect(JSON.parse(cli('status', '2021Z16950', '--as-of', '2021-11-15').stdout)).toMatchObject({ status: 'overdue_deferred', daysOverTerm: 3 });
    });

    it('defaults to today and accepts a document id', () => {
      const view = JSON.parse(cli('status', 'kv-tk-2022Z01519').stdout);
      expect(view).toMatchObject({ zaak: '2022Z01519', status: 'answered_late', daysOverTerm: 7 });
      expect(view.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('exits 65 for an unknown zaak and for an impossible date', () => {
      const unknown = cli('status', '2099Z00001');
      expect(unknown.status).toBe(65);
      expect(unknown.stderr).toContain('no question set with zaak or id 2099Z00001');
      const badDate = cli('status', '2022Z01519', '--as-of', '2022-02-30');
      expect(badDate.status).toBe(65);
      expect(badDate.stderr).toContain('--as-of 2022-02-30');
    });
  });

  describe('apikey', () => {
    let env: Env;
    let app: NestExpressApplication;

    beforeAll(async () => {
      env = testEnv;
      app = await createApiApp(env, DEFAULT_POLICY, { logger: false, shutdownHooks: false });
      await app.init();
    });
    afterAll(async () => {
      await app?.close();
    });

    it('creates a key that works on the API, lists it without the key, and revokes it', async () => {
      const created = cli('apikey', 'create', '--role', 'editor', '--name', 'griffie', '--json');
      expect(created.status).toBe(0);
      const { id, role, key } = JSON.parse(created.stdout);
      expect(role).toBe('editor');
      expect(key).toMatch(/^tw_[A-Za-z0-9_-]{43}$/);
      await request(app.getHttpServer())
        .post('/documents')
        .set('X-Api-Key', key)
        .set('Content-Type', 'text/plain')
        .send(fs.readFileSync(path.join(SEEDS_DIR, fs.readdirSync(SEEDS_DIR)[0]), 'utf8'))
        .expect(200);

      const listed = cli('apikey', 'list');
      expect(listed.status).toBe(0);
      expect(JSON.parse(listed.stdout)).toEqual([
        expect.objectContaining({ id, name: 'griffie', role: 'editor', revokedAt: null, lastUsedAt: expect.any(String) }),
      ]);
      expect(listed.stdout).not.toContain(key);

      expect(cli('apikey', 'revoke', String(id)).status).toBe(0);
      await request(app.getHttpServer()).post('/documents').set('X-Api-Key', key).set('Content-Type', 'text/plain').send('x').expect(401);
    });

    it('prints the key once on a line without --json', () => {
      const run = cli('apikey', 'create', '--role', 'admin');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^API key \d+ \(admin, "admin key"\): tw_[A-Za-z0-9_-]{43}\n/);
    });

    it('exits 65 for a role that does not exist, a missing role and an unknown id', () => {
      const bad = cli('apikey', 'create', '--role', 'owner');
      expect(bad.status).toBe(65);
      expect(bad.stderr).toContain('owner');
      expect(cli('apikey', 'create').status).toBe(65);
      const unknown = cli('apikey', 'revoke', '999');
      expect(unknown.status).toBe(65);
      expect(unknown.stderr).toContain('no API key with id 999');
    });
  });
});
