import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { idColumn, varcharColumn } from './table-columns.util.js';

/** API keys for the write endpoints, stored as hashes only. */
export class ApiKeys1763800900000 implements MigrationInterface {
  name = 'ApiKeys1763800900000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'api_key',
        columns: [
          idColumn(),
          varcharColumn('name', 100),
          varcharColumn('role', 10),
          varcharColumn('hash', 64),
          varcharColumn('createdAt', 30),
          varcharColumn('lastUsedAt', 30, true),
          varcharColumn('revokedAt', 30, true),
        ],
        uniques: [{ columnNames: ['hash'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('api_key');
  }
}
