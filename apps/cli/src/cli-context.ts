import { getPolicy, getEnv, openDataSource, runMigrations, type Env, type Policy } from '#domain';
import type { DataSource } from 'typeorm';

/** What a CLI command works with: the validated environment, the policy and a migrated database. */
export interface CliContext {
  env: Env;
  policy: Policy;
  dataSource: DataSource;
}

/** Opens the database the same way the api and worker do (DATA_DIR / DATABASE_URL) and applies pending migrations. */
export async function withCliContext<T>(work: (ctx: CliContext) => Promise<T>): Promise<T> {
  const env = getEnv();
  const dataSource = await openDataSource(env);
  try {
    await runMigrations(dataSource, getPolicy());
    return await work({ env, policy: getPolicy(), dataSource });
  } finally {
    await dataSource.destroy();
  }
}
