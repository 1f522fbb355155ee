import { Queue, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Env } from '../config/env.js';
import { JOB_QUEUE, type JobItem } from './job-item.js';
import { DEFAULT_JOB_TUNING, jobIdFor, jobOptionsFor, type JobTuning } from './job-options.js';
import { QueueName } from './queue-name.enum.js';
import { QueueUnavailableError } from './queue-unavailable.error.js';

export interface JobProducerOptions {
  /**
   * true for the API and the CLI: when Redis is down, enqueue fails at once (QueueUnavailableError) instead of
   * waiting, so a request never hangs; the caller keeps the work in its database outbox. false for the worker,
   * which cannot work without Redis anyway and may as well wait for it.
   */
  failFast: boolean;
  tuning?: JobTuning;
  onError?: (error: Error) => void;
}

/**
 * Puts typed jobs on the queues, with the per-kind options and deterministic ids of job-options.ts.
 * One Redis connection serves the four queues; the workers have their own (blocking) connections.
 */
export class JobProducer {
  private readonly client: Redis;
  private readonly queues: Map<QueueName, Queue>;
  private readonly readyListeners: Array<() => void> = [];
  private readonly tuning: JobTuning;

  constructor(
    env: Pick<Env, 'redisUrl' | 'queuePrefix'>,
    private readonly options: JobProducerOptions,
  ) {
    this.tuning = options.tuning ?? DEFAULT_JOB_TUNING;
    this.client = new Redis(env.redisUrl, {
      // Fail fast: no command waits in an offline queue; retry the connection every few seconds for ever.
      ...(options.failFast ? { enableOfflineQueue: false, maxRetriesPerRequest: 1 } : { maxRetriesPerRequest: null }),
      retryStrategy: (times) => Math.min(500 * times, 5_000),
    });
    this.client.on('error', (error) => options.onError?.(error));
    this.client.on('ready', () => this.readyListeners.forEach((listener) => listener()));
    this.queues = new Map(
      Object.values(QueueName).map((name) => {
        const queue = new Queue(name, { connection: this.client, prefix: env.queuePrefix });
        queue.on('error', (error) => options.onError?.(error));
        return [name, queue];
      }),
    );
  }

  /** The queue itself, for Bull Board, schedulers, QueueEvents and admin retries. */
  queue(name: QueueName): Queue {
    return this.queues.get(name)!;
  }

  allQueues(): Queue[] {
    return [...this.queues.values()];
  }

  isAvailable(): boolean {
    return this.client.status === 'ready';
  }

  /** Called each time the Redis connection becomes ready (at start and after an outage): time to relay outboxes. */
  onReady(listener: () => void): void {
    this.readyListeners.push(listener);
  }

  async enqueue(item: JobItem): Promise<Job> {
    this.assertAvailable();
    // why add(): one job with a deterministic jobId; a second add with the same id returns the existing job.
    return this.guard(() => this.queue(JOB_QUEUE[item.name]).add(item.name, item.data, jobOptionsFor(item, this.tuning)));
  }

  /**
   * Runs a job again for an admin: a failed (or completed) job with the item's id is retried with fresh attempts; a
   * job still waiting or running is left alone; a job Redis no longer has is added anew.
   */
  async retryOrEnqueue(item: JobItem): Promise<void> {
    this.assertAvailable();
    const jobId = jobIdFor(item);
    const job = jobId ? await this.guard(() => this.queue(JOB_QUEUE[item.name]).getJob(jobId)) : undefined;
    if (!job) {
      await this.enqueue(item);
      return;
    }
    const state = await job.getState();
    if (state === 'failed' || state === 'completed') await job.retry(state, { resetAttemptsMade: true, resetAttemptsStarted: true });
  }

  /** Many jobs of any kinds, one round trip per queue. */
  async enqueueMany(items: readonly JobItem[]): Promise<void> {
    this.assertAvailable();
    const byQueue = new Map<QueueName, JobItem[]>();
    for (const item of items) {
      const group = byQueue.get(JOB_QUEUE[item.name]) ?? [];
      group.push(item);
      byQueue.set(JOB_QUEUE[item.name], group);
    }
    for (const [name, group] of byQueue) {
      // why addBulk() and not add() in a loop: one MULTI per queue for a thousand digest mails. Deterministic jobIds
      // still collapse duplicates: addBulk skips a jobId that already exists, as add() does.
      await this.guard(() => this.queue(name).addBulk(group.map((item) => ({ name: item.name, data: item.data, opts: jobOptionsFor(item, this.tuning) }))));
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.allQueues().map((q) => q.close().catch(() => undefined)));
    this.client.disconnect();
  }

  /** A command that fails because the connection just dropped is an outage, reported as such. */
  private async guard<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      if (this.options.failFast && !this.isAvailable()) throw new QueueUnavailableError(`the job queue (Redis) is not reachable: ${(error as Error).message}`);
      throw error;
    }
  }

  private assertAvailable(): void {
    if (this.options.failFast && !this.isAvailable()) throw new QueueUnavailableError();
  }
}
