import type { EntityManager } from 'typeorm';
import { dialectOf } from './dialect.util.js';

// SQLite binds at most 32,766 values per statement and PostgreSQL 65,535; far below both, a document's rows
// still fit in one statement, and the few distinct statement texts stay in the prepared-statement cache.
const MAX_VALUES_PER_STATEMENT = 999;

// An entity-shaped object: its property names are the column names.
type Row = object;

// Statement texts with `$n` markers, by their `?` text; a few dozen distinct texts, shared by every transaction.
const postgresTexts = new Map<string, string>();

/**
 * Hand-written SQL for the hot write path, on the transaction's manager. The repository API costs TypeORM a query
 * builder, metadata walks and (under SQLite) a fresh prepared statement per call, because it inlines numbers into
 * the SQL text; here the text is fixed, values are bound, and each document's links go in one multi-row INSERT.
 * Write `?` for values: under PostgreSQL they become `$1`, `$2`, ….
 * Column names are the entities' property names, which the migrations use as column names.
 */
export class DirectSql {
  private readonly numbered: boolean;

  constructor(private readonly manager: EntityManager) {
    this.numbered = dialectOf(manager.dataSource) === 'postgres';
  }

  async select<T>(sql: string, values: readonly unknown[]): Promise<T[]> {
    return this.manager.query<T[]>(this.text(sql), [...values]);
  }

  async run(sql: string, values: readonly unknown[]): Promise<void> {
    await this.manager.query(this.text(sql), [...values]);
  }

  /** Inserts one row and returns its generated id. */
  async insertRow(table: string, row: Row): Promise<number> {
    const columns = Object.keys(row);
    const sql = `INSERT INTO ${table} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) RETURNING "id"`;
    const [inserted] = await this.select<{ id: number | string }>(sql, valuesOf(row, columns));
    return Number(inserted.id);
  }

  /**
   * Inserts rows that all have the keys of the first, with as few statements as the value limit allows. Given each
   * column's PostgreSQL type, PostgreSQL gets one statement for all rows, the values as one array per column
   * (`unnest`): for tens of thousands of rows each statement is a round trip and a parse of its own. SQLite has no
   * arrays, and a statement costs it no round trip.
   */
  async insertRows(table: string, rows: readonly Row[], postgresTypes?: Readonly<Record<string, string>>): Promise<void> {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]);
    if (this.numbered && postgresTypes) {
      const arrays = columns.map((c) => rows.map((row) => (row as Record<string, unknown>)[c] ?? null));
      const unnest = columns.map((c, i) => `$${i + 1}::${postgresTypes[c]}[]`).join(', ');
      await this.manager.query(`INSERT INTO ${table} (${columns.map(quote).join(', ')}) SELECT * FROM unnest(${unnest})`, arrays);
      return;
    }
    const perStatement = Math.max(1, Math.floor(MAX_VALUES_PER_STATEMENT / columns.length));
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    for (let start = 0; start < rows.length; start += perStatement) {
      const chunk = rows.slice(start, start + perStatement);
      const sql = `INSERT INTO ${table} (${columns.map(quote).join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`;
      await this.run(
        sql,
        chunk.flatMap((row) => valuesOf(row, columns)),
      );
    }
  }

  private text(sql: string): string {
    if (!this.numbered) return sql;
    let text = postgresTexts.get(sql);
    if (text === undefined) {
      let n = 0;
      text = sql.replace(/\?/g, () => `$${++n}`);
      postgresTexts.set(sql, text);
    }
    return text;
  }
}

function valuesOf(row: Row, columns: readonly string[]): unknown[] {
  const values = row as Record<string, unknown>;
  return columns.map((c) => values[c] ?? null);
}

function quote(column: string): string {
  return `"${column}"`;
}
