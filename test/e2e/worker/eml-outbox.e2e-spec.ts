import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { JobName, QueueName, type Env } from '#domain';
import { simpleParser } from 'mailparser';
import { DataSource } from 'typeorm';
import { createTestEnv } from '../../support/test-env.js';
import { activeSubscription, dropQueues, runJob, seededDatabase, sql, startWorker, waitUntil } from './support/worker-fixture.js';

describe('no SMTP_URL: mail is written as .eml files under DATA_DIR/outbox/', () => {
  let env: Env;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    env = createTestEnv();
    await (await seededDatabase(env)).destroy();
    worker = await startWorker(env);
  });

  afterAll(async () => {
    await worker?.close();
    await dropQueues(env);
  });

  it('a digest becomes one readable .eml file, and the outbox row says where it went', async () => {
    await activeSubscription(worker, { email: 'nieuw@example.test', rules: [], digest: 'weekly' });
    await runJob(env, QueueName.Digests, JobName.DigestRun, { cadence: 'weekly', asOf: '2022-02-28' });
    const db = worker.get(DataSource);
    await waitUntil(
      async () => (await sql<{ status: string }>(db, `SELECT status FROM mail_outbox WHERE kind = 'digest'`))[0]?.status === 'sent',
      10_000,
      'the digest',
    );
    const dir = path.join(env.dataDir, 'outbox');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.eml'));
    expect(files).toHaveLength(1);
    const mail = await simpleParser(fs.readFileSync(path.join(dir, files[0])));
    expect(mail.subject).toBe('Weekoverzicht schriftelijke vragen, week 9 van 2022');
    expect(mail.text).toContain('2021Z19796');
    const [row] = await sql<{ smtpResponse: string }>(db, `SELECT "smtpResponse" FROM mail_outbox WHERE kind = 'digest'`);
    expect(row.smtpResponse).toBe(`written ${path.join(dir, files[0])}`);
    // Issue 14, finding 6: addresses and unsubscribe tokens are for this user only, whatever the umask.
    expect(fs.statSync(path.join(dir, files[0])).mode & 0o777).toBe(0o600);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
  });
});
