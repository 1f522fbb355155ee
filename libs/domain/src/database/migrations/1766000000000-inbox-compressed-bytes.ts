import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

// A document accepted asynchronously is kept as its raw bytes, gzip-compressed (base64), and decoded by the worker:
// storing megabytes of text on the API's event loop (better-sqlite3 writes synchronously, and a large commit
// checkpoints the WAL) held up every other request. `text` stays for rows accepted before this migration.
export class InboxCompressedBytes1766000000000 implements MigrationInterface {
  name = 'InboxCompressedBytes1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('document_inbox', new TableColumn({ name: 'compressed', type: 'text', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('document_inbox', 'compressed');
  }
}
