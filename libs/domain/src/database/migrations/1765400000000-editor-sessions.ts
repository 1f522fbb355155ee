import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Sessions of editors signed in on the review page: the session token's hash, the key it was opened with, its CSRF token. */
export class EditorSessions1765400000000 implements MigrationInterface {
  name = 'EditorSessions1765400000000';

  async up(q: QueryRunner): Promise<void> {
    // Column builders written out here: a migration is frozen and must not import live code.
    await q.createTable(
      new Table({
        name: 'editor_session',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'apiKeyId', type: 'integer', isNullable: false },
          { name: 'csrfToken', type: 'varchar', length: '64', isNullable: false },
          { name: 'createdAt', type: 'varchar', length: '30', isNullable: false },
          { name: 'expiresAt', type: 'varchar', length: '30', isNullable: false },
        ],
        indices: [{ columnNames: ['apiKeyId'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('editor_session');
  }
}
