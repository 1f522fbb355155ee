import { JOB_QUEUE, JobProducer, jobIdFor, type Env, type JobItem } from '#domain';
import { QueueEvents } from 'bullmq';
import { CliError } from '../exit-codes.js';

/** sysexits EX_UNAVAILABLE: a service the command needs (Redis, a worker) is not there. */
export const EXIT_UNAVAILABLE = 69;

async function waitForRedis(producer: JobProducer, env: Env, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!producer.isAvailable()) {
    if (Date.now() > until)
      throw new CliError(
        `Redis at ${env.redisUrl.replace(/\/\/[^@/]*@/, '//***@')} does not answer: start it (redis-server) or set REDIS_URL`,
        EXIT_UNAVAILABLE,
      );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Puts one job on its queue, the same job (and jobId) the schedules make, and waits until a worker has finished it.
 * A job of that id already done runs again (the database's idempotency keys keep it from sending twice); one still
 * waiting or running is joined rather than duplicated.
 */
export async function runJobAndWait(env: Env, item: JobItem, timeoutMs: number): Promise<unknown> {
  const producer = new JobProducer(env, { failFast: true });
  let events: QueueEvents | null = null;
  try {
    await waitForRedis(producer, env, 3_000);
    const queue = producer.queue(JOB_QUEUE[item.name]);
    if ((await queue.getWorkersCount()) === 0) {
      throw new CliError(
        `no worker is running on queue '${queue.name}' (prefix '${env.queuePrefix}'): start one with \`npm run start:worker\``,
        EXIT_UNAVAILABLE,
      );
    }
    events = new QueueEvents(queue.name, { connection: { url: env.redisUrl }, prefix: env.queuePrefix });
    await events.waitUntilReady();
    await producer.retryOrEnqueue(item);
    const job = await queue.getJob(jobIdFor(item)!);
    if (!job) throw new CliError(`job ${jobIdFor(item)} vanished from the queue`, EXIT_UNAVAILABLE);
    try {
      return await job.waitUntilFinished(events, timeoutMs);
    } catch (error) {
      const message = (error as Error).message;
      if (/timed out/i.test(message))
        throw new CliError(`no answer from a worker within ${timeoutMs / 1000} s (job ${job.id} is still on the queue)`, EXIT_UNAVAILABLE);
      throw new CliError(`job ${job.id} failed: ${message}`, 1);
    }
  } finally {
    await events?.close();
    await producer.close();
  }
}

export function timeoutOption(value: string | undefined): number {
  if (value === undefined) return 120_000;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new CliError(`--timeout ${value}: expected a number of seconds`);
  return Number(value) * 1000;
}
