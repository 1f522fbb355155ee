import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { JobName, JobProducer, QueueName, writeTransaction, type AlertSweepResult, type Env } from '#domain';
import { DataSource } from 'typeorm';
import { createTestEnv } from '../../support/test-env.js';
import { SmtpSink } from './support/smtp-sink.js';
import { activeSubscription, dropQueues, runJob, seededDatabase, sql, startWorker } from './support/worker-fixture.js';

// Seed 000 (2022Z01519) was submitted 2022-01-31: its term ended 2022-02-21 and the answer came 2022-02-28.
// As of 2022-02-23 it is overdue without a deferral, and it is the only seed with news that week.
const AS_OF = '2022-02-23';

describe('alert sweep through the alerts queue, a real worker and a real SMTP server', () => {
  let sink: SmtpSink;
  let env: Env;
  let worker: INestApplicationContext;
  let db: DataSource;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    env = createTestEnv({ SMTP_URL: sink.url, PUBLIC_URL: 'http://termijnwacht.test' });
    await (await seededDatabase(env)).destroy();
    worker = await startWorker(env);
    db = worker.get(DataSource);
  });

  afterAll(async () => {
    await worker?.close();
    await dropQueues(env);
    await sink?.close();
  });

  it('a sweep sends the overdue alert once, naming the set by zaak and title; running it again sends nothing', async () => {
    await activeSubscription(worker, { email: 'griffie@example.test', rules: ['overdue'], digest: 'none' });

    const first = (await runJob(env, QueueName.Alerts, JobName.AlertSweep, { asOf: AS_OF })) as AlertSweepResult;
    expect(first).toMatchObject({ asOf: AS_OF, subscriptions: 1, newAlerts: 1, mails: 1 });
    await sink.waitFor(1);
    const [mail] = sink.to('griffie@example.test');
    expect(mail.subject).toContain('2022Z01519');
    expect(mail.text).toContain('2022Z01519');
    expect(mail.text).toContain('Het bericht dat de Chinese app MY2022 voor de Olympische Spelen 2022');
    expect(mail.text).toContain('21 februari 2022');
    expect(mail.text).toContain('http://termijnwacht.test/subscriptions/unsubscribe?token=unsubscribe.');
    expect(mail.html).toContain('2022Z01519');
    const headers = mail.raw.slice(0, mail.raw.indexOf('\r\n\r\n')).replace(/\r\n\s+/g, ' ');
    expect(headers).toContain('List-Unsubscribe: <http://termijnwacht.test/subscriptions/unsubscribe?token=unsubscribe.');
    expect(headers).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

    const again = (await runJob(env, QueueName.Alerts, JobName.AlertSweep, { asOf: AS_OF })) as AlertSweepResult;
    const nextDay = (await runJob(env, QueueName.Alerts, JobName.AlertSweep, { asOf: '2022-02-24' })) as AlertSweepResult;
    expect([again.newAlerts, nextDay.newAlerts]).toEqual([0, 0]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sink.to('griffie@example.test')).toHaveLength(1);
    const [{ n }] = await sql(db, `SELECT COUNT(*) AS n FROM alert`);
    expect(Number(n)).toBe(1);
  });

  it('the same job added twice, and the same mail job added twice, send one mail', async () => {
    await activeSubscription(worker, { email: 'fractie@example.test', rules: ['overdue'], digest: 'none' });
    const before = sink.received.length;

    // No jobId: BullMQ cannot collapse these; the database's idempotency keys must.
    const results = (await Promise.all([
      runJob(env, QueueName.Alerts, JobName.AlertSweep, { asOf: AS_OF }),
      runJob(env, QueueName.Alerts, JobName.AlertSweep, { asOf: AS_OF }),
    ])) as AlertSweepResult[];
    expect(results.map((r) => r.newAlerts).sort()).toEqual([0, 1]);
    await sink.waitFor(before + 1);

    // The mail job itself, duplicated under another id: the outbox row is already sent, so the copy is skipped.
    // The SMTP server has the mail before the worker commits 'sent'; wait for that commit, or the copy would find the
    // row still 'sending' (which a stalled job's retry must send again) and race the first job.
    const [{ id }] = await sql(db, `SELECT id FROM mail_outbox WHERE "toAddress" = 'fractie@example.test'`);
    for (let tries = 0; tries < 100; tries++) {
      const [{ status }] = await sql<{ status: string }>(db, `SELECT status FROM mail_outbox WHERE id = ?`, [Number(id)]);
      if (status === 'sent') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await runJob(env, QueueName.Mail, JobName.MailSend, { outboxId: Number(id) }, `copy-of-mail-${id}`)).toBe('skipped');

    // And the deterministic id: a second add of the same sweep collapses into the first job.
    const producer = new JobProducer(env, { failFast: false });
    try {
      const a = await producer.enqueue({ name: JobName.AlertSweep, data: { asOf: AS_OF } });
      const b = await producer.enqueue({ name: JobName.AlertSweep, data: { asOf: AS_OF } });
      expect(b.id).toBe(a.id);
    } finally {
      await producer.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sink.to('fractie@example.test')).toHaveLength(1);
    expect(sink.to('griffie@example.test')).toHaveLength(1);
  });

  it('filters: a subscription on the ministry of the set hears of it, one on another ministry does not', async () => {
    const [{ slug }] = await sql<{ slug: string }>(
      db,
      `SELECT m.slug AS slug FROM question_set q JOIN ministry m ON m.id = q."ministryId" WHERE q.zaak = '2022Z01519'`,
    );
    await activeSubscription(worker, { email: 'same-ministry@example.test', ministry: slug, rules: ['overdue'], digest: 'none' });
    await activeSubscription(worker, { email: 'other-ministry@example.test', ministry: slug === 'def' ? 'fin' : 'def', rules: ['overdue'], digest: 'none' });
    await activeSubscription(worker, { email: 'other-rule@example.test', rules: ['due_soon', 'commitment_overdue'], digest: 'none' });
    const before = sink.received.length;
    const result = (await runJob(env, QueueName.Alerts, JobName.AlertSweep, { asOf: '2022-02-25' })) as AlertSweepResult;
    expect(result.newAlerts).toBe(1);
    await sink.waitFor(before + 1);
    expect(sink.to('same-ministry@example.test')).toHaveLength(1);
    expect(sink.to('other-ministry@example.test')).toHaveLength(0);
    expect(sink.to('other-rule@example.test')).toHaveLength(0);
  });

  it('an extended term passing after a deferral: seed 004 (2021Z16950) as of the day after its extended term', async () => {
    await activeSubscription(worker, { email: 'uitstel@example.test', rules: ['overdue_after_deferral', 'late_deferral'], digest: 'none' });
    // Submitted 2021-10-01, deferral 2021-10-22 (day 21, in time), extended term 2021-11-12, answered 2021-11-18.
    const result = (await runJob(env, QueueName.Alerts, JobName.AlertSweep, { asOf: '2021-11-13' })) as AlertSweepResult;
    expect(result.newAlerts).toBe(1);
    const [mail] = await sink.waitForTo('uitstel@example.test', 1);
    expect(mail.subject).toContain('verlengde termijn verstreken: 2021Z16950');
    expect(mail.text).toContain('12 november 2021');
  });

  it('a document title cannot inject a header: the subject stays one line, no Bcc appears', async () => {
    await writeTransaction(db, (m) =>
      sql(m, `UPDATE question_set SET title = ? WHERE zaak = '2022Z11285'`, ['Vragen\r\nBcc: evil@example.test\r\nX-Injected: 1']),
    );
    await activeSubscription(worker, { email: 'injectie@example.test', rules: ['due_soon'], digest: 'none' });
    // Seed 003 (2022Z11285): submitted 2022-06-07, term 2022-06-28; due soon as of 2022-06-27.
    // Two subscribers follow due_soon for everything: this one and other-rule@ of the filter test.
    expect(((await runJob(env, QueueName.Alerts, JobName.AlertSweep, { asOf: '2022-06-27' })) as AlertSweepResult).newAlerts).toBe(2);
    const [mail] = await sink.waitForTo('injectie@example.test', 1);
    const headers = mail.raw.slice(0, mail.raw.indexOf('\r\n\r\n'));
    expect(headers).not.toMatch(/^(Bcc|X-Injected):/im);
    expect(mail.subject).toBe('termijnwacht: termijn verloopt binnenkort: 2022Z11285 Vragen Bcc: evil@example.test X-Injected: 1');
    await sink.waitForTo('other-rule@example.test', 1);
    expect(
      sink.received
        .filter((m) => m.raw.includes('evil@example.test'))
        .map((m) => m.to)
        .sort(),
    ).toEqual(['injectie@example.test', 'other-rule@example.test']);
  });
});
