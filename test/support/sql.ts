import type { DataSource, EntityManager } from 'typeorm';

/**
 * Raw SQL for the tests on either database: write `?` placeholders and double-quote camelCase columns
 * (`SELECT "submittedOn" FROM question_set WHERE zaak = ?`); PostgreSQL (TEST_DATABASE_URL) gets $1, $2, ….
 * Numbers come back as strings from PostgreSQL's COUNT(*) and bigint columns: wrap them in Number().
 */
// Rows are as untyped as DataSource.query's unless a type is given.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests' rows are read field by field, like supertest's bodies
export function sql<T = any>(db: DataSource | EntityManager, text: string, params: unknown[] = []): Promise<T[]> {
  const options = 'options' in db ? db.options : db.connection.options;
  let n = 0;
  return db.query(options.type === 'postgres' ? text.replace(/\?/g, () => `$${++n}`) : text, params);
}
