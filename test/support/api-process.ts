import { spawn, type ChildProcess } from 'node:child_process';
import net, { type AddressInfo } from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export interface ApiProcess {
  child: ChildProcess;
  base: string;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** SIGTERM, and wait for it to exit. */
  stop(): Promise<void>;
}

/**
 * `termijnwacht start --only api` as a user runs it, in a process of its own, on a free port, with the given
 * environment (DATA_DIR or DATABASE_URL among it); resolves once it says it listens.
 */
export async function startApiProcess(env: NodeJS.ProcessEnv, args: string[] = []): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [cliPath(), 'start', '--only', 'api', ...args], {
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const until = Date.now() + 30_000;
  while (!output.includes('termijnwacht API on')) {
    if (child.exitCode !== null || Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`the API did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    child,
    base: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** bin/termijnwacht.js of this checkout, from test/support (jest) or dist/test/support (the benchmarks). */
function cliPath(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'bin/termijnwacht.js'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('bin/termijnwacht.js not found above test/support');
    dir = parent;
  }
  return path.join(dir, 'bin/termijnwacht.js');
}
