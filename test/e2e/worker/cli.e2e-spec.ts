import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import type { Env } from '#domain';
import { DataSource } from 'typeorm';
import { createTestEnv } from '../../support/test-env.js';
import { SmtpSink } from './support/smtp-sink.js';
import { dropQueues, seededDatabase, sql, startWorker } from './support/worker-fixture.js';
import { runCliAsync } from './support/worker-process.js';

describe('termijnwacht subscription / alerts run / digest run, as an admin or a script runs them', () => {
  let sink: SmtpSink;
  let env: Env;
  let worker: INestApplicationContext | null = null;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    env = createTestEnv({ SMTP_URL: sink.url });
    await (await seededDatabase(env)).destroy();
  });

  afterAll(async () => {
    await worker?.close();
    await dropQueues(env);
    await sink?.close();
  });

  it("subscription add --confirmed adds an active subscription for a clerks' office; a bad address exits 65", async () => {
    const added = await runCliAsync(
      ['subscription', 'add', 'Griffie.BZ@example.test', '--ministry', 'bz', '--rules', '', '--digest', 'weekly', '--confirmed', '--json'],
      env,
    );
    expect(added.status).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ email: 'griffie.bz@example.test', status: 'active', digest: 'weekly', filters: { ministry: 'bz' } });

    const bad = await runCliAsync(['subscription', 'add', 'not an address', '--digest', 'sometimes'], env);
    expect(bad.status).toBe(65);
    expect(bad.stderr).toContain('email=not an address');
    expect(bad.stderr).toContain('digest=sometimes (none, daily or weekly)');
  });

  it('alerts run without a worker fails at once with a clear message (exit 69)', async () => {
    const run = await runCliAsync(['alerts', 'run', '--as-of', '2022-02-23'], env);
    expect(run.status).toBe(69);
    expect(run.stderr).toContain("no worker is running on queue 'alerts'");
    expect(run.stderr).toContain('npm run start:worker');
  });

  it('with a worker running, alerts run goes through the queue and the same idempotency: twice, one mail', async () => {
    worker = await startWorker(env);
    const [{ slug }] = await sql<{ slug: string }>(
      worker.get(DataSource),
      `SELECT m.slug AS slug FROM question_set q JOIN ministry m ON m.id = q."ministryId" WHERE q.zaak = '2022Z01519'`,
    );
    expect(
      (await runCliAsync(['subscription', 'add', 'ocw@example.test', '--ministry', slug, '--rules', 'overdue', '--digest', 'none', '--confirmed'], env)).status,
    ).toBe(0);

    const first = await runCliAsync(['alerts', 'run', '--as-of', '2022-02-23', '--json'], env);
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ asOf: '2022-02-23', newAlerts: 1, mails: 1 });
    const second = await runCliAsync(['alerts', 'run', '--as-of', '2022-02-23'], env);
    expect(second.stdout).toContain('0 new alert(s)');
    const [mail] = await sink.waitForTo('ocw@example.test', 1);
    expect(mail.subject).toContain('2022Z01519');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sink.to('ocw@example.test')).toHaveLength(1);
  });

  it('digest run sends the due digests of the period once; a pending subscription gets its confirmation mail only', async () => {
    const pending = await runCliAsync(['subscription', 'add', 'wacht@example.test', '--digest', 'weekly'], env);
    expect(pending.stdout).toContain('pending');
    const run = await runCliAsync(['digest', 'run', '--as-of', '2022-02-28', '--cadence', 'weekly', '--json'], env);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([expect.objectContaining({ cadence: 'weekly', period: '2022-W09', subscribers: 1, created: 1 })]);
    const [digest] = await sink.waitForTo('griffie.bz@example.test', 1);
    expect(digest.subject).toBe('Weekoverzicht schriftelijke vragen, week 9 van 2022');
    const again = await runCliAsync(['digest', 'run', '--as-of', '2022-03-01', '--cadence', 'weekly'], env);
    expect(again.stdout).toContain('weekly digest 2022-W09 as of 2022-03-01: 1 subscriber(s), 0 new, 0 queued');
    const [confirmation] = await sink.waitForTo('wacht@example.test', 1);
    expect(confirmation.subject).toBe('Bevestig uw abonnement op termijnwacht');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sink.to('griffie.bz@example.test')).toHaveLength(1);
    expect(sink.to('wacht@example.test')).toHaveLength(1);

    const list = await runCliAsync(['subscription', 'list', '--status', 'pending'], env);
    expect(list.stdout).toMatch(/^#\d+ wacht@example\.test pending digest=weekly/m);
  });
});
