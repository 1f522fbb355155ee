// The floor the import is compared with (issue 16): the same rows the import wrote, written again into a fresh
// database of the same schema and settings by hand-written SQL, one transaction per document, with prepared
// statements reused across documents and no parsing, no lookups and no TypeORM. What is left is what the database
// itself costs for those rows: the pages of every table and index they touch, written to the WAL at each COMMIT.
// On SQLite, better-sqlite3 statements on the connection TypeORM opened; on PostgreSQL, one statement per set.
import type { DataSource } from 'typeorm';

type Row = Record<string, unknown>;

// Rows that belong to no one set, written in the transaction of the first set that names them, as the import does.
const REFERENCE_TABLES = ['party', 'ministry', 'person'] as const;
// Tables the import never writes, or writes only as bookkeeping (the write lock's counter, the projection's policy).
const NOT_COPIED = new Set(['migrations', 'typeorm_metadata', 'sqlite_sequence', 'write_lock', 'answer_term_projection_policy']);

interface BetterSqliteStatement {
  run(...values: unknown[]): unknown;
  all(...values: unknown[]): Row[];
}
interface BetterSqliteDatabase {
  prepare(sql: string): BetterSqliteStatement;
}

function connectionOf(ds: DataSource): BetterSqliteDatabase {
  return (ds.driver as unknown as { databaseConnection: BetterSqliteDatabase }).databaseConnection;
}

/** The ids of reference rows each set is the first to name (the import creates them in that set's transaction). */
function referencesBySet(source: BetterSqliteDatabase): Map<number, Map<string, number[]>> {
  const firstUse = new Map<string, Map<number, number>>(REFERENCE_TABLES.map((t) => [t, new Map()]));
  const note = (table: string, id: unknown, setId: number) => {
    if (typeof id !== 'number') return;
    const uses = firstUse.get(table)!;
    if (!uses.has(id) || uses.get(id)! > setId) uses.set(id, setId);
  };
  const links: [string, string, string][] = [
    ['question_set', 'id', 'ministryId'],
    ['question_set_addressee', 'questionSetId', 'ministryId'],
    ['question_set_answerer', 'questionSetId', 'ministryId'],
    ['question_set_responsible', 'questionSetId', 'ministryId'],
    ['question_set_submitter', 'questionSetId', 'personId'],
    ['question_set_answerer', 'questionSetId', 'personId'],
    ['question_set_submitter', 'questionSetId', 'partyId'],
    ['question_set_answerer', 'questionSetId', 'partyId'],
  ];
  for (const [table, setColumn, refColumn] of links) {
    const target = refColumn === 'personId' ? 'person' : refColumn === 'partyId' ? 'party' : 'ministry';
    for (const row of source.prepare(`SELECT "${setColumn}" AS s, "${refColumn}" AS r FROM ${table}`).all()) note(target, row.r, row.s as number);
  }
  // A person's party comes in with the person.
  for (const row of source.prepare('SELECT "id", "partyId" FROM person').all()) {
    const setId = firstUse.get('person')!.get(row.id as number);
    if (setId !== undefined) note('party', row.partyId, setId);
  }
  const bySet = new Map<number, Map<string, number[]>>();
  for (const [table, uses] of firstUse) {
    for (const [id, setId] of uses) {
      const tables = bySet.get(setId) ?? new Map<string, number[]>();
      tables.set(table, [...(tables.get(table) ?? []), id]);
      bySet.set(setId, tables);
    }
  }
  return bySet;
}

/** Tables with a questionSetId column (the set's own rows), and a check that no other table holds rows to copy. */
function perSetTables(source: BetterSqliteDatabase): string[] {
  const tables = source
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .all()
    .map((r) => r.name as string);
  const perSet = tables.filter((t) => source.prepare(`SELECT 1 FROM pragma_table_info('${t}') WHERE name = 'questionSetId'`).all().length > 0);
  for (const table of tables) {
    if (table === 'question_set' || perSet.includes(table) || NOT_COPIED.has(table) || (REFERENCE_TABLES as readonly string[]).includes(table)) continue;
    const n = Number(source.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).all()[0].n);
    if (n > 0) throw new Error(`the import wrote ${n} rows to ${table}, which the floor does not copy`);
  }
  return perSet;
}

export interface ImportFloor {
  sets: number;
  rows: number;
  /** Time spent in the write transactions only (reading the rows from the source is not counted). */
  seconds: number;
}

/**
 * Writes every row of `from` into the empty, migrated `into`, one transaction per question set in id order (the
 * order the import wrote them), and times the transactions.
 */
export function measureImportFloor(from: DataSource, into: DataSource): ImportFloor {
  const source = connectionOf(from);
  const target = connectionOf(into);
  const tables = perSetTables(source);
  const references = referencesBySet(source);
  const reads = new Map<string, BetterSqliteStatement>();
  const read = (table: string, column: string) => {
    const key = `${table}.${column}`;
    if (!reads.has(key)) reads.set(key, source.prepare(`SELECT * FROM "${table}" WHERE "${column}" = ?`));
    return reads.get(key)!;
  };
  const inserts = new Map<string, BetterSqliteStatement>();
  const insert = (table: string, row: Row) => {
    const columns = Object.keys(row);
    const key = `${table}(${columns.join(',')})`;
    let statement = inserts.get(key);
    if (!statement) {
      statement = target.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      inserts.set(key, statement);
    }
    statement.run(...columns.map((c) => row[c]));
  };
  const begin = target.prepare('BEGIN');
  const commit = target.prepare('COMMIT');
  const setIds = source
    .prepare('SELECT "id" FROM question_set ORDER BY "id"')
    .all()
    .map((r) => r.id as number);
  let rows = 0;
  let nanoseconds = 0n;
  for (const setId of setIds) {
    // Read before the clock starts: the floor is the write, not the copy.
    const batch: [string, Row][] = [];
    for (const table of REFERENCE_TABLES) for (const id of references.get(setId)?.get(table) ?? []) batch.push([table, read(table, 'id').all(id)[0]]);
    batch.push(['question_set', read('question_set', 'id').all(setId)[0]]);
    for (const table of tables) for (const row of read(table, 'questionSetId').all(setId)) batch.push([table, row]);
    const started = process.hrtime.bigint();
    begin.run();
    for (const [table, row] of batch) insert(table, row);
    commit.run();
    nanoseconds += process.hrtime.bigint() - started;
    rows += batch.length;
  }
  return { sets: setIds.length, rows, seconds: Number(nanoseconds) / 1e9 };
}

/**
 * The floor on PostgreSQL: each set's rows in one statement, so one round trip and one transaction per set (a
 * data-modifying CTE per table, the rows as JSON per table; the foreign keys are checked at the end of the statement).
 * The tables are those the SQLite floor copies; the rows are read from `from` before the clock starts.
 */
export async function measurePostgresImportFloor(from: DataSource, into: DataSource): Promise<ImportFloor> {
  const perSet = (
    await from.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'questionSetId' ORDER BY table_name`,
    )
  ).map((r) => r.table_name);
  const setIds = (await from.query<{ id: number }[]>('SELECT "id" FROM question_set ORDER BY "id"')).map((r) => Number(r.id));
  const references = await postgresReferencesBySet(from);
  const statement = (tables: string[]) =>
    `WITH ${tables.map((t, i) => `w${i} AS (INSERT INTO "${t}" SELECT * FROM json_populate_recordset(NULL::"${t}", $${i + 1}::json))`).join(', ')} SELECT 1`;
  let rows = 0;
  let nanoseconds = 0n;
  for (const setId of setIds) {
    const tables: string[] = [];
    const values: string[] = [];
    const add = async (table: string, where: string, value: unknown) => {
      const [{ json, n }] = await from.query<{ json: string; n: number }[]>(
        `SELECT COALESCE(json_agg(t), '[]')::text AS json, COUNT(*)::int AS n FROM "${table}" t WHERE ${where}`,
        [value],
      );
      if (n === 0) return;
      tables.push(table);
      values.push(json);
      rows += n;
    };
    for (const table of REFERENCE_TABLES) {
      const ids = references.get(setId)?.get(table);
      if (ids) await add(table, `"id" = ANY($1::int[])`, ids);
    }
    await add('question_set', `"id" = $1`, setId);
    for (const table of perSet) await add(table, `"questionSetId" = $1`, setId);
    const started = process.hrtime.bigint();
    await into.query(statement(tables), values);
    nanoseconds += process.hrtime.bigint() - started;
  }
  return { sets: setIds.length, rows, seconds: Number(nanoseconds) / 1e9 };
}

async function postgresReferencesBySet(from: DataSource): Promise<Map<number, Map<string, number[]>>> {
  const firstUse = await from.query<{ tbl: string; id: number; set_id: number }[]>(
    `SELECT tbl, id, MIN(set_id) AS set_id FROM (
       SELECT 'ministry' AS tbl, "ministryId" AS id, "id" AS set_id FROM question_set
       UNION ALL SELECT 'ministry', "ministryId", "questionSetId" FROM question_set_addressee
       UNION ALL SELECT 'ministry', "ministryId", "questionSetId" FROM question_set_answerer
       UNION ALL SELECT 'ministry', "ministryId", "questionSetId" FROM question_set_responsible
       UNION ALL SELECT 'person', "personId", "questionSetId" FROM question_set_submitter
       UNION ALL SELECT 'person', "personId", "questionSetId" FROM question_set_answerer
       UNION ALL SELECT 'party', "partyId", "questionSetId" FROM question_set_submitter
       UNION ALL SELECT 'party', "partyId", "questionSetId" FROM question_set_answerer
       UNION ALL SELECT 'party', p."partyId", MIN(u.set_id) FROM person p JOIN (
         SELECT "personId" AS person_id, "questionSetId" AS set_id FROM question_set_submitter
         UNION ALL SELECT "personId", "questionSetId" FROM question_set_answerer) u ON u.person_id = p."id" GROUP BY p."partyId"
     ) uses WHERE id IS NOT NULL GROUP BY tbl, id`,
  );
  const bySet = new Map<number, Map<string, number[]>>();
  for (const { tbl, id, set_id } of firstUse) {
    const tables = bySet.get(Number(set_id)) ?? new Map<string, number[]>();
    tables.set(tbl, [...(tables.get(tbl) ?? []), Number(id)]);
    bySet.set(Number(set_id), tables);
  }
  return bySet;
}
