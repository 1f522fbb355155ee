import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { JobName, QueueName, SubscriptionService, writeTransaction, type DigestRunResult, type Env } from '#domain';
import { DataSource } from 'typeorm';
import { createTestEnv } from '../../support/test-env.js';
import { SmtpSink } from './support/smtp-sink.js';
import { activeSubscription, dropQueues, runJob, seededDatabase, sql, startWorker } from './support/worker-fixture.js';

// As of Monday 2022-02-28: seed 002 (2021Z19796, submitted 2021-11-09, deferral 2021-11-29) is past its extended
// term; seed 000 (2022Z01519) was answered that day, 28 days after submission, 7 days late.
const MONDAY = '2022-02-28';
const HOSTILE_TITLE = 'Vragen over <script>alert("x")</script> & "quotes"';

describe('digests through the digests queue, a real worker and a real SMTP server', () => {
  let sink: SmtpSink;
  let env: Env;
  let worker: INestApplicationContext;
  let db: DataSource;
  const digest = (cadence: 'weekly' | 'daily', asOf: string) =>
    runJob(env, QueueName.Digests, JobName.DigestRun, { cadence, asOf }) as Promise<DigestRunResult>;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    env = createTestEnv({ SMTP_URL: sink.url, PUBLIC_URL: 'http://termijnwacht.test' });
    const seeded = await seededDatabase(env);
    // Text from documents must be escaped in HTML: give one set a hostile title.
    await writeTransaction(seeded, (m) => sql(m, `UPDATE question_set SET title = ? WHERE zaak = '2021Z19796'`, [HOSTILE_TITLE]));
    await seeded.destroy();
    worker = await startWorker(env);
    db = worker.get(DataSource);
    await activeSubscription(worker, { email: 'weekly@example.test', rules: [], digest: 'weekly' });
    await activeSubscription(worker, { email: 'daily@example.test', rules: [], digest: 'daily' });
    await activeSubscription(worker, { email: 'nothing-for-def@example.test', ministry: 'def', rules: [], digest: 'weekly' });
    // Pending (never confirmed) and unsubscribed subscriptions get no digest.
    await worker.get(SubscriptionService).subscribe({ email: 'pending@example.test', digest: 'weekly' }, { confirmed: false, createdBy: 'public' });
    const gone = await activeSubscription(worker, { email: 'gone@example.test', digest: 'weekly' });
    await writeTransaction(db, (m) => sql(m, `UPDATE subscription SET status = 'unsubscribed' WHERE id = ?`, [gone]));
  });

  afterAll(async () => {
    await worker?.close();
    await dropQueues(env);
    await sink?.close();
  });

  it('the weekly digest groups overdue sets by minister with days outstanding and lists the answers of the week with their latency', async () => {
    const result = await digest('weekly', MONDAY);
    expect(result).toMatchObject({ cadence: 'weekly', period: '2022-W09', subscribers: 2, created: 2, queued: 2 });
    const [mail] = await sink.waitForTo('weekly@example.test', 1);
    expect(mail.subject).toBe('Weekoverzicht schriftelijke vragen, week 9 van 2022');
    const text = mail.text.replace(/\s+/g, ' ');
    expect(text).toContain('Stand op maandag 28 februari 2022');
    expect(text).toMatch(/TE LAAT: 1 vragenset zonder antwoord na de termijn \S.* \(1\) - 2021Z19796: /);
    expect(text).toContain('ingediend 9 november 2021, 111 dagen open, 69 dagen over de termijn');
    expect(text).toContain('BEANTWOORD SINDS 21 februari 2022: 1 - 2022Z01519:');
    expect(text).toContain('beantwoord 28 februari 2022 na 28 dagen (te laat, 7 dagen over de termijn)');
    expect(mail.html).toContain('Vragen over &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.text).toContain(HOSTILE_TITLE);
    // The ministry filter leaves this subscriber an empty, but honest, digest.
    const [def] = await sink.waitForTo('nothing-for-def@example.test', 1);
    expect(def.text).toContain('Geen vragensets over de termijn.');
    expect(sink.to('daily@example.test')).toHaveLength(0);
    expect(sink.to('gone@example.test')).toHaveLength(0);
    expect((await sink.waitForTo('pending@example.test', 1)).map((m) => m.subject)).toEqual(['Bevestig uw abonnement op termijnwacht']);
  });

  it('running the same period again sends nothing; the next week lists only answers since the last digest', async () => {
    expect(await digest('weekly', '2022-03-02')).toMatchObject({ period: '2022-W09', created: 0, queued: 0 });
    const next = await digest('weekly', '2022-03-07');
    expect(next).toMatchObject({ period: '2022-W10', created: 2 });
    const mails = await sink.waitForTo('weekly@example.test', 2);
    expect(mails.map((m) => m.subject)).toEqual([
      'Weekoverzicht schriftelijke vragen, week 9 van 2022',
      'Weekoverzicht schriftelijke vragen, week 10 van 2022',
    ]);
    const text = mails[1].text.replace(/\s+/g, ' ');
    expect(text).toContain('BEANTWOORD SINDS 28 februari 2022: 0 Geen antwoorden in deze periode.');
    expect(text).toContain('118 dagen open');
  });

  it('the daily digest goes to daily subscribers only, and lists commitments due or overdue', async () => {
    const [set] = await sql<{ id: number }>(db, `SELECT id FROM question_set WHERE zaak = '2022Z01519'`);
    await writeTransaction(db, (m) =>
      sql(
        m,
        `INSERT INTO commitment ("questionSetId", "questionNumber", text, "dueDate", "dueImplied", strength, "madeOn", status, "reviewState", source, "createdAt", "updatedAt")
         VALUES (?, 6, ?, '2022-03-01', false, 'firm', '2022-02-28', 'open', 'confirmed', 'manual', '2022-02-28T12:00:00Z', '2022-02-28T12:00:00Z')`,
        [set.id, 'Ik zal de Kamer een afschrift van de brief sturen.'],
      ),
    );
    expect(await digest('daily', '2022-03-03')).toMatchObject({ period: '2022-03-03', subscribers: 1, created: 1 });
    const [mail] = await sink.waitForTo('daily@example.test', 1);
    expect(mail.subject).toBe('Dagoverzicht schriftelijke vragen, donderdag 3 maart 2022');
    expect(mail.text.replace(/\s+/g, ' ')).toContain('Verlopen op 1 maart 2022, 2 dagen geleden, 2022Z01519:');
    expect(mail.text).toContain('Ik zal de Kamer een afschrift van de brief sturen.');
  });
});
