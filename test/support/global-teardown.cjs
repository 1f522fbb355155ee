// Drops this run's PostgreSQL schemas (see test-schemas.cjs), so the test database does not grow run after run.
const { dropRunSchemas } = require('./test-schemas.cjs');

module.exports = async () => {
  const url = process.env.TEST_DATABASE_URL;
  const runId = process.env.TEST_RUN_ID;
  if (!url || !runId || process.env.TEST_KEEP_SCHEMAS) return;
  await dropRunSchemas(url, runId).catch((error) => {
    process.stderr.write(`\n[global-teardown] could not drop the test schemas t_${runId}_*: ${error.message}\n`);
  });
};
