// Makes sure the database of TEST_DATABASE_URL exists and answers (CI, before `npm test`): creates it when missing,
// connecting to the server's `postgres` database to do so. Exits 1 with the reason when it cannot.
//   node test/support/ensure-test-database.cjs [url]
const { Client } = require('pg');

async function main() {
  const url = process.argv[2] || process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('no TEST_DATABASE_URL');
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, '')) || 'postgres';
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      process.stdout.write(`created database ${name}\n`);
    }
  } finally {
    await client.end();
  }
  const check = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await check.connect();
  try {
    await check.query('SELECT 1');
  } finally {
    await check.end();
  }
}

main().catch((error) => {
  process.stderr.write(
    `PostgreSQL for the tests (${(process.argv[2] || process.env.TEST_DATABASE_URL || '').replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@')}): ${error.message}\n`,
  );
  process.exit(1);
});
