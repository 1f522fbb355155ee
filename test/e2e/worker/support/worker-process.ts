import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Env } from '#domain';
import { databaseVars, REPO_ROOT } from '../../../support/test-env.js';

/** The environment variables that give a child process the same configuration as `env`. */
export function envVars(env: Env, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    ...databaseVars(env),
    REDIS_URL: env.redisUrl,
    QUEUE_PREFIX: env.queuePrefix,
    PUBLIC_URL: env.publicUrl,
    // The worker schedules an open-data sync every quarter hour by the clock: a test's worker reads the test's fixture,
    // never the Kamer's API.
    OPENDATA_URL: env.opendataUrl,
    ...(env.hmacSecret ? { HMAC_SECRET: env.hmacSecret } : {}),
    ...(env.smtpUrl ? { SMTP_URL: env.smtpUrl } : {}),
    ...extra,
  };
}

/** `node dist/apps/worker/src/main.js` as `npm run start:worker` runs it (dist is built by the jest global setup). */
export class WorkerProcess {
  output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(readonly child: ChildProcess) {
    child.stdout!.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (this.output += d.toString()));
    this.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  }

  static async start(env: Env): Promise<WorkerProcess> {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist/apps/worker/src/main.js')], {
      cwd: REPO_ROOT,
      env: envVars(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new WorkerProcess(child);
    const until = Date.now() + 30_000;
    while (!worker.output.includes('termijnwacht worker on')) {
      if (child.exitCode !== null || Date.now() > until) throw new Error(`the worker did not start:\n${worker.output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return worker;
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }
}

/** The compiled CLI as a user runs it, asynchronously (an in-process worker must keep running meanwhile). */
export function runCliAsync(args: string[], env: Env): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/termijnwacht.js'), ...args], {
      cwd: REPO_ROOT,
      env: envVars(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}
