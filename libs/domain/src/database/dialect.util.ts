import type { DataSource } from 'typeorm';

// Apart from data-source.factory.ts, which imports the migrations: code that the migrations reach (directly or not)
// must not import that file, or the import graph closes a cycle.
export type Dialect = 'sqlite' | 'postgres';

export function dialectOf(dataSource: DataSource): Dialect {
  return dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
}
