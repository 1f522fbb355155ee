// npm run bench:upload — how long GET /health waits while the API takes a 4.5 MB document (issue 14, finding 9).
// The API runs as `termijnwacht start --only api` in a process of its own, this process is the client: a client in
// the server's own process would stall the loop it measures. Three uploads; /health is asked every 10 ms meanwhile.
//   BENCH_DATABASE=postgres   against PostgreSQL (TEST_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApiProcess } from '../support/api-process.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CLI = path.join(ROOT, 'bin/termijnwacht.js');
const RUNS = 3;
const TARGET_MS = 100;

/** Seed 000 with its answer repeated into 4.5 MB, as the outside probe sent it. */
function largeDocument(): string {
  const seed = fs.readFileSync(
    path.join(
      ROOT,
      'seeds',
      fs.readdirSync(path.join(ROOT, 'seeds')).find((f) => f.startsWith('000'))!,
    ),
    'utf8',
  );
  const answer = '  Het bericht is zorgelijk en past in het bredere beeld dat de overheid in eigen land een hoge mate van controle uitoefent. ';
  const padding = Array.from({ length: 4.5 * 1024 * 8 }, (_, i) => `${answer}${i}.`).join('\n');
  return seed.replace('  Ja.\n', `  Ja.\n${padding}\n`);
}

/** POSTs the file from a child process and resolves with the HTTP status it got. */
function uploadFromChild(url: string, key: string, file: string): Promise<number> {
  const script = `fetch(process.argv[1], { method: 'POST', headers: { 'X-Api-Key': process.argv[2], 'Content-Type': 'text/plain; charset=utf-8' }, body: require('fs').readFileSync(process.argv[3]) }).then((r) => process.exit(r.status - 100), () => process.exit(1))`;
  const child = spawn(process.execPath, ['-e', script, url, key, file], { stdio: 'ignore' });
  return new Promise((resolve) => child.once('exit', (code) => resolve((code ?? 0) + 100)));
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'termijnwacht-upload-bench-'));
  const postgres = process.env.BENCH_DATABASE === 'postgres';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    RATE_LIMIT_PER_MINUTE: '0',
    QUEUE_PREFIX: `upload-bench-${process.pid}`,
    ...(postgres
      ? { DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test', DATABASE_SCHEMA: `upload_bench_${process.pid}` }
      : {}),
  };
  const created = spawnSync(process.execPath, [CLI, 'apikey', 'create', '--role', 'editor', '--name', 'bench', '--json'], { env, encoding: 'utf8' });
  if (created.status !== 0) throw new Error(`apikey create failed: ${created.stderr}`);
  const { key } = JSON.parse(created.stdout) as { key: string };
  const server = await startApiProcess(env, ['--no-seed']);
  const base = server.base;
  try {
    for (let i = 0; i < 5; i += 1) await fetch(`${base}/health`);
    const text = largeDocument();
    const file = path.join(dataDir, 'large.txt');
    fs.writeFileSync(file, text);
    const rows: { upload: number; healthMax: number; healthCount: number }[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      let uploading = true;
      const waits: number[] = [];
      const probe = (async () => {
        while (uploading) {
          const started = performance.now();
          await fetch(`${base}/health`);
          waits.push(performance.now() - started);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      })();
      // The upload from a third process: sending 4.5 MB would stall this one's loop, and with it the probe's clock.
      const started = performance.now();
      const status = await uploadFromChild(`${base}/documents`, key, file);
      const upload = performance.now() - started;
      // A little longer: what the upload left behind (a commit, a checkpoint) shows here too.
      await new Promise((resolve) => setTimeout(resolve, 300));
      uploading = false;
      await probe;
      if (status !== 202) throw new Error(`upload answered ${status}`);
      rows.push({ upload, healthMax: Math.max(...waits), healthCount: waits.length });
    }
    const worst = Math.max(...rows.map((r) => r.healthMax));
    process.stdout.write(
      `bench:upload (${postgres ? 'PostgreSQL' : 'SQLite'}, ${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB, load ${os.loadavg()[0].toFixed(1)})\n\n`,
    );
    process.stdout.write('| run | upload (202) | /health requests meanwhile | longest /health wait |\n| --- | --- | --- | --- |\n');
    rows.forEach((r, i) => process.stdout.write(`| ${i + 1} | ${r.upload.toFixed(0)} ms | ${r.healthCount} | ${r.healthMax.toFixed(1)} ms |\n`));
    process.stdout.write(`\nlongest /health wait: ${worst.toFixed(1)} ms (target ≤ ${TARGET_MS} ms): ${worst <= TARGET_MS ? 'met' : 'NOT met'}\n`);
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (postgres) spawnSync('psql', [env.DATABASE_URL!, '-c', `DROP SCHEMA IF EXISTS "${env.DATABASE_SCHEMA}" CASCADE`], { stdio: 'ignore' });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
