import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_POLICY, JobName, JobProducer, kamerDateOf, QueueName, type Env } from '#domain';
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { createTestEnv } from '../../support/test-env.js';
import { dropQueues, seededDatabase, startWorker } from './support/worker-fixture.js';

describe('schedules: declared once, upserted at every boot, never doubled', () => {
  let env: Env;
  let producer: JobProducer;

  beforeAll(async () => {
    env = createTestEnv();
    await (await seededDatabase(env)).destroy();
    producer = new JobProducer(env, { failFast: false });
  });

  afterAll(async () => {
    await producer?.close();
    await dropQueues(env);
  });

  it('two boots (one while the other runs) leave exactly one scheduler and one delayed job per schedule', async () => {
    const first = await startWorker(env);
    const second = await startWorker(env);
    await second.close();
    await first.close();
    const third = await startWorker(env);
    await third.close();

    const alerts = await producer.queue(QueueName.Alerts).getJobSchedulers();
    const digests = await producer.queue(QueueName.Digests).getJobSchedulers();
    expect(alerts.map((s) => [s.key, s.pattern, s.tz])).toEqual([['alert-sweep', DEFAULT_POLICY.schedules.alertSweep, 'Europe/Amsterdam']]);
    expect(digests.map((s) => [s.key, s.pattern]).sort()).toEqual([
      ['digest-daily', DEFAULT_POLICY.schedules.dailyDigest],
      ['digest-weekly', DEFAULT_POLICY.schedules.weeklyDigest],
    ]);
    expect(await producer.queue(QueueName.Alerts).getDelayedCount()).toBe(1);
    expect(await producer.queue(QueueName.Digests).getDelayedCount()).toBe(2);
  });

  it('the weekly digest next runs on a Monday at 08:00 in Amsterdam, the sweep within the hour', async () => {
    const weekly = (await producer.queue(QueueName.Digests).getJobSchedulers()).find((s) => s.key === 'digest-weekly')!;
    const next = new Date(weekly.next!);
    expect(format(next, 'EEEE HH:mm', { in: tz('Europe/Amsterdam') })).toBe('Monday 08:00');
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(7 * 24 * 3600 * 1000);
    expect(weekly.template?.data).toEqual({ cadence: 'weekly' });

    const sweep = (await producer.queue(QueueName.Alerts).getJobSchedulers())[0];
    expect(sweep.next! - Date.now()).toBeLessThanOrEqual(3600 * 1000);
    const [delayed] = await producer.queue(QueueName.Alerts).getDelayed();
    expect(delayed.name).toBe(JobName.AlertSweep);
    // A scheduled sweep carries no date: the worker uses the day it was due (see nominalRunDate).
    expect(delayed.data).toEqual({});
    expect(kamerDateOf(new Date(delayed.timestamp + delayed.delay), 'Europe/Amsterdam')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
