import type { EntityManager } from 'typeorm';
import { dialectOf } from './dialect.util.js';

// SQLite binds at most 32,766 values per statement and PostgreSQL 65,535; far below both, a document's rows
// still fit in one statement, and the few distinct statement texts stay in the prepared-statement cache.
const MAX_VALUES_PER_STATEMENT = 999;
// A PostgreSQL statement binds at most 65,535 values; a batch over several tables that needs more is split by table.
const MAX_POSTGRES_VALUES = 65_535;
// Reads put together into one PostgreSQL statement (selectMany): enough for a document's few, bounded for a sync's many.
const MAX_READS_PER_STATEMENT = 48;

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

  /**
   * Runs SELECTs that do not depend on each other and returns each one's rows, in order. PostgreSQL gets them in one
   * statement, each query's rows as a JSON array, so one round trip instead of one a query: only for columns that read
   * the same from JSON (text, numbers; ids come back as numbers). SQLite, where a statement costs no round trip, runs
   * them one after another.
   */
  async selectMany<T extends object = Record<string, unknown>>(queries: readonly { sql: string; values: readonly unknown[] }[]): Promise<T[][]> {
    const results: T[][] = [];
    if (!this.numbered) {
      for (const { sql, values } of queries) results.push(await this.select<T>(sql, values));
      return results;
    }
    for (let start = 0; start < queries.length; start += MAX_READS_PER_STATEMENT) {
      const chunk = queries.slice(start, start + MAX_READS_PER_STATEMENT);
      const values: unknown[] = [];
      const columns = chunk.map(({ sql, values: own }, i) => {
        let n = 0;
        const text = sql.replace(/\?/g, () => `$${values.push(own[n++])}`);
        return `(SELECT COALESCE(json_agg(t), '[]'::json) FROM (${text}) t) AS "r${i}"`;
      });
      const [row] = await this.manager.query<Record<string, T[]>[]>(`SELECT ${columns.join(', ')}`, values);
      chunk.forEach((_, i) => results.push(row[`r${i}`]));
    }
    return results;
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

  /**
   * Inserts into several tables rows that need no id generated by another of them (as insertRows, each table's rows
   * with the keys of its first). PostgreSQL gets one statement, a data-modifying CTE per table, so one round trip
   * instead of one a table (the foreign keys are checked at the end of the statement); SQLite, where a statement
   * costs no round trip, gets insertRows per table.
   */
  async insertIntoTables(batches: readonly { table: string; rows: readonly Row[] }[]): Promise<void> {
    const present = batches.filter((b) => b.rows.length > 0);
    const valueCount = present.reduce((n, b) => n + b.rows.length * Object.keys(b.rows[0]).length, 0);
    if (!this.numbered || present.length < 2 || valueCount > MAX_POSTGRES_VALUES) {
      for (const { table, rows } of present) await this.insertRows(table, rows);
      return;
    }
    const values: unknown[] = [];
    const tuple = (row: Row, columns: readonly string[]) =>
      `(${valuesOf(row, columns)
        .map((v) => `$${values.push(v)}`)
        .join(', ')})`;
    const inserts = present.map(({ table, rows }, i) => {
      const columns = Object.keys(rows[0]);
      return `w${i} AS (INSERT INTO ${table} (${columns.map(quote).join(', ')}) VALUES ${rows.map((row) => tuple(row, columns)).join(', ')})`;
    });
    // Numbered here rather than through text(): the text differs with every count of rows, so it is not worth caching.
    await this.manager.query(`WITH ${inserts.join(', ')} SELECT 1`, values);
  }

  /**
   * Replaces the rows of the sets `ids` in `tables` (every row when `ids` is undefined) by `inserts`. A table refilled
   * whole is analysed on PostgreSQL: until autovacuum's next analyze the planner has no statistics for it, and the
   * Monday list and the latency report planned blind were measured slower after a rebuild (100,000 sets, cold, three
   * runs each: 131–190 ms and 154–161 ms without, 99–112 ms and 95–108 ms with; 368 ms for the list when only some of
   * the rebuilt tables were analysed). SQLite plans by its indexes.
   */
  async replaceSetRows(
    tables: readonly string[],
    ids: readonly number[] | undefined,
    inserts: readonly { table: string; rows: readonly Row[] }[],
  ): Promise<void> {
    if (ids === undefined) for (const table of tables) await this.run(`DELETE FROM ${table}`, []);
    else await this.deleteSetRows(tables, ids);
    await this.insertIntoTables(inserts);
    if (ids === undefined && this.numbered && tables.length > 0) await this.manager.query(`ANALYZE ${tables.join(', ')}`);
  }

  /**
   * Deletes the rows of the sets `ids` (by their "questionSetId") from each table: on PostgreSQL one statement for all
   * tables, on SQLite one fixed statement text per table and set (they stay prepared).
   */
  async deleteSetRows(tables: readonly string[], ids: readonly number[]): Promise<void> {
    if (ids.length === 0 || tables.length === 0) return;
    if (this.numbered) {
      const deletes = tables.map((table, i) => `d${i} AS (DELETE FROM ${table} WHERE "questionSetId" = ANY($1::integer[]))`);
      await this.manager.query(`WITH ${deletes.join(', ')} SELECT 1`, [[...ids]]);
      return;
    }
    for (const table of tables) for (const id of ids) await this.run(`DELETE FROM ${table} WHERE "questionSetId" = ?`, [id]);
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
