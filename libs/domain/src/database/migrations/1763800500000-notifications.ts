import { Table, TableForeignKey, type MigrationInterface, type QueryRunner } from 'typeorm';
import { idColumn, intColumn, textColumn, varcharColumn } from './table-columns.util.js';

const fk = (table: string, column: string, onDelete: 'CASCADE' | 'SET NULL'): TableForeignKey =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete });

/** Subscriptions, the alerts recorded for them, the mail outbox, and the inbox of asynchronously accepted documents. */
export class Notifications1763800500000 implements MigrationInterface {
  name = 'Notifications1763800500000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'subscription',
        columns: [
          idColumn(),
          varcharColumn('email', 254),
          varcharColumn('ministry', 40, true),
          varcharColumn('minister', 200, true),
          varcharColumn('submitter', 200, true),
          varcharColumn('party', 80, true),
          varcharColumn('topic', 120, true),
          varcharColumn('rules', 200),
          varcharColumn('digest', 10),
          varcharColumn('status', 14),
          varcharColumn('createdBy', 10),
          varcharColumn('lastDigestOn', 10, true),
          varcharColumn('createdAt', 30),
          varcharColumn('confirmedAt', 30, true),
          varcharColumn('unsubscribedAt', 30, true),
        ],
        indices: [{ columnNames: ['status', 'digest'] }, { columnNames: ['email'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'mail_outbox',
        columns: [
          idColumn(),
          varcharColumn('key', 200),
          varcharColumn('kind', 10),
          intColumn('subscriptionId', true),
          varcharColumn('toAddress', 254),
          varcharColumn('subject', 300),
          textColumn('textBody'),
          textColumn('htmlBody'),
          varcharColumn('unsubscribeUrl', 500, true),
          varcharColumn('messageId', 200),
          varcharColumn('status', 10),
          { ...intColumn('attempts'), default: 0 },
          textColumn('lastError', true),
          varcharColumn('smtpResponse', 500, true),
          varcharColumn('createdAt', 30),
          varcharColumn('updatedAt', 30),
          varcharColumn('queuedAt', 30, true),
          varcharColumn('sentAt', 30, true),
        ],
        uniques: [{ columnNames: ['key'] }, { columnNames: ['messageId'] }],
        foreignKeys: [fk('subscription', 'subscriptionId', 'SET NULL')],
        indices: [{ columnNames: ['status', 'id'] }, { columnNames: ['subscriptionId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'alert',
        columns: [
          idColumn(),
          intColumn('subscriptionId'),
          varcharColumn('rule', 30),
          varcharColumn('subjectKey', 60),
          varcharColumn('termDate', 10),
          varcharColumn('idempotencyKey', 200),
          varcharColumn('asOf', 10),
          intColumn('outboxId', true),
          varcharColumn('createdAt', 30),
        ],
        uniques: [{ columnNames: ['idempotencyKey'] }],
        foreignKeys: [fk('subscription', 'subscriptionId', 'CASCADE'), fk('mail_outbox', 'outboxId', 'SET NULL')],
        indices: [{ columnNames: ['subscriptionId'] }, { columnNames: ['outboxId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'document_inbox',
        columns: [
          idColumn(),
          textColumn('text'),
          varcharColumn('filename', 300, true),
          varcharColumn('status', 10),
          textColumn('result', true),
          textColumn('error', true),
          varcharColumn('createdAt', 30),
          varcharColumn('queuedAt', 30, true),
          varcharColumn('processedAt', 30, true),
        ],
        indices: [{ columnNames: ['status', 'id'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['document_inbox', 'alert', 'mail_outbox', 'subscription']) await q.dropTable(table);
  }
}
