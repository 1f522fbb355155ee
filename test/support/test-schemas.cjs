// The PostgreSQL schemas the tests create (test-env.ts: `t_<run>_<random>`, one per test environment). The global
// setup gives the run its id and sweeps the schemas of runs older than STALE_HOURS (interrupted runs); the global
// teardown drops the run's own. Schemas of other runs in progress on the same database are never touched.
const { Client } = require('pg');

const STALE_HOURS = 6;
const RUN_SCHEMA = /^t_([0-9a-z]{6,7})_[0-9a-z]+_[0-9a-f]{12}$/;

function newRunId() {
  return `${Math.floor(Date.now() / 1000).toString(36)}_${process.pid.toString(36)}`;
}

async function dropSchemas(url, select) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    // Never wait long for a lock: a schema left behind is swept by a later run.
    await client.query(`SET lock_timeout = '5s'`);
    const { rows } = await client.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 't\\_%'`);
    let dropped = 0;
    for (const { nspname } of rows) {
      if (!select(nspname)) continue;
      await client.query(`DROP SCHEMA IF EXISTS "${nspname}" CASCADE`).then(
        () => dropped++,
        () => undefined,
      );
    }
    return dropped;
  } finally {
    await client.end();
  }
}

/** Drops the schemas of runs that started more than STALE_HOURS ago. */
function dropStaleSchemas(url) {
  const cutoff = Date.now() / 1000 - STALE_HOURS * 3600;
  return dropSchemas(url, (name) => {
    const m = RUN_SCHEMA.exec(name);
    return m !== null && parseInt(m[1], 36) < cutoff;
  });
}

/** Drops the schemas of one run. */
function dropRunSchemas(url, runId) {
  return dropSchemas(url, (name) => name.startsWith(`t_${runId}_`));
}

module.exports = { newRunId, dropStaleSchemas, dropRunSchemas };
