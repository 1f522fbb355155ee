// Builds dist/ once before the suite (incremental: a few seconds when nothing changed), because the CLI and the
// worker are tested as the real processes users run, from the compiled output. Type errors do not stop the
// emit here; `npm test` runs the type check as its own first step.
// On PostgreSQL (TEST_DATABASE_URL) it also names the run, so the global teardown can drop the run's schemas.
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { newRunId, dropStaleSchemas } = require('./test-schemas.cjs');

module.exports = async () => {
  const root = path.resolve(__dirname, '../..');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) process.stderr.write(`\n[global-setup] tsc reported errors (dist emitted anyway):\n${result.stdout.slice(0, 4000)}\n`);
  if (process.env.TEST_DATABASE_URL) {
    // Set before jest starts its workers, so every test file (and createTestEnv) sees it.
    process.env.TEST_RUN_ID ||= newRunId();
    await dropStaleSchemas(process.env.TEST_DATABASE_URL).catch((error) => {
      process.stderr.write(`\n[global-setup] could not sweep old test schemas on TEST_DATABASE_URL: ${error.message}\n`);
    });
  }
};
