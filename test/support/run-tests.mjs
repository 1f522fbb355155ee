#!/usr/bin/env node
// `npm test` after the type check: every test on SQLite, then the end-to-end suites (test/**/*.e2e-spec.ts) a second
// time on PostgreSQL, each test environment in a schema of its own (test-env.ts).
//
//   node test/support/run-tests.mjs [--sqlite | --postgres] [jest arguments…]
//
// The PostgreSQL pass uses TEST_DATABASE_URL, by default postgres://postgres@127.0.0.1:5432/test. When that default
// does not answer, the pass is skipped with a notice (so `npm test` works on a machine without PostgreSQL); when
// TEST_DATABASE_URL is set, or with --postgres, a PostgreSQL that does not answer is an error. CI sets it (.ci/run).
// Extra arguments go to both jest runs (`npm test -- test/e2e/api` runs those files on both databases).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/test';
const E2E_MATCH = '<rootDir>/test/**/*.e2e-spec.ts';

const args = process.argv.slice(2);
const only = args.includes('--sqlite') ? 'sqlite' : args.includes('--postgres') ? 'postgres' : null;
const jestArgs = args.filter((a) => a !== '--sqlite' && a !== '--postgres');
const explicitUrl = process.env.TEST_DATABASE_URL || null;
const url = explicitUrl ?? DEFAULT_URL;

/** Connects and asks for `SELECT 1`; returns null when it works, else the reason. */
async function postgresProblem(connectionString) {
  const { Client } = require('pg');
  const client = new Client({ connectionString, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return error.message || error.code || String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function redact(connectionString) {
  return connectionString.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

function runJest(label, title, extra, env) {
  const started = Date.now();
  process.stdout.write(`\n=== ${title} ===\n\n`);
  const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim();
  const result = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), ...extra, ...jestArgs], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...env, NODE_OPTIONS: nodeOptions },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  return { label, ok: result.status === 0, seconds, status: result.status ?? result.signal };
}

function notice(lines) {
  const width = Math.max(...lines.map((l) => l.length));
  const bar = '!'.repeat(width + 4);
  return `\n${bar}\n${lines.map((l) => `! ${l.padEnd(width)} !`).join('\n')}\n${bar}\n`;
}

const skipNotice = (reason) =>
  notice([
    'PostgreSQL pass SKIPPED: the end-to-end suites ran on SQLite only.',
    `${redact(url)} does not answer (${reason}).`,
    'To run it: start PostgreSQL on 127.0.0.1:5432 with a database "test" the user postgres may use',
    '(e.g. `createdb -h 127.0.0.1 -U postgres test`), or point TEST_DATABASE_URL at another one:',
    '  TEST_DATABASE_URL=postgres://user:password@host:5432/db npm test',
    'With TEST_DATABASE_URL set, a PostgreSQL that does not answer fails the run instead.',
  ]);

const sqliteEnv = { ...process.env };
delete sqliteEnv.TEST_DATABASE_URL;

let pgProblem = null;
if (only !== 'sqlite') {
  pgProblem = await postgresProblem(url);
  if (pgProblem && (explicitUrl || only === 'postgres')) {
    process.stderr.write(
      `\nTEST_DATABASE_URL=${redact(url)} does not answer: ${pgProblem}\nThe PostgreSQL pass cannot run; fix the database or unset TEST_DATABASE_URL.\n`,
    );
    process.exit(1);
  }
  if (pgProblem) process.stderr.write(skipNotice(pgProblem));
}

const results = [];
if (only !== 'postgres') results.push(runJest('SQLite pass', 'SQLite: every test', [], sqliteEnv));
if (only !== 'sqlite' && !pgProblem) {
  results.push(
    runJest(
      'PostgreSQL pass',
      `PostgreSQL (${redact(url)}): the end-to-end suites`,
      ['--testMatch', E2E_MATCH, ...(jestArgs.length > 0 ? ['--passWithNoTests'] : [])],
      { ...process.env, TEST_DATABASE_URL: url },
    ),
  );
}

process.stdout.write(`\n${results.map((r) => `${r.label}: ${r.ok ? 'passed' : `FAILED (${r.status})`} in ${r.seconds} s`).join('\n')}\n`);
if (pgProblem) process.stderr.write(skipNotice(pgProblem));
process.exit(results.every((r) => r.ok) ? 0 : 1);
