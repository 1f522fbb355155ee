import { Table, TableColumn, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { idColumn, intColumn, textColumn, varcharColumn } from './table-columns.util.js';

const cascadeToSet = () =>
  new TableForeignKey({ columnNames: ['questionSetId'], referencedTableName: 'question_set', referencedColumnNames: ['id'], onDelete: 'CASCADE' });
const nullable = (name: string, type: 'integer' | 'text' | 'varchar', length?: number) =>
  new TableColumn({ name, type, isNullable: true, ...(length ? { length: String(length) } : {}) });

/**
 * The sync against the real open data API: a cursor on (ApiGewijzigdOp, Id), the API's ids of the zaken, actors and
 * documents stored (so a deletion placeholder can be applied), the state of each document's file, an audit of
 * deletions, and every addressee of a set in a fixed order.
 */
export class SyncRealApi1765100000000 implements MigrationInterface {
  name = 'SyncRealApi1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.changeColumn('sync_cursor', 'cursor', new TableColumn({ name: 'cursor', type: 'varchar', length: '60', isNullable: true }));
    await q.addColumns('sync_cursor', [
      nullable('cursorId', 'varchar', 60),
      nullable('lastRunAt', 'varchar', 30),
      nullable('lastCompletedAt', 'varchar', 30),
      nullable('lastError', 'text'),
      nullable('backfillFrom', 'varchar', 10),
      new TableColumn({ name: 'recordsStored', type: 'integer', isNullable: false, default: 0 }),
      new TableColumn({ name: 'recordsSkipped', type: 'integer', isNullable: false, default: 0 }),
      new TableColumn({ name: 'pagesRead', type: 'integer', isNullable: false, default: 0 }),
    ]);
    await q.addColumns('question_set_document', [
      nullable('apiId', 'varchar', 60),
      nullable('contentType', 'varchar', 120),
      nullable('textState', 'varchar', 12),
      nullable('textError', 'text'),
      new TableColumn({ name: 'textAttempts', type: 'integer', isNullable: false, default: 0 }),
      nullable('textCheckedAt', 'varchar', 30),
    ]);
    await q.createIndex('question_set_document', new TableIndex({ name: 'IDX_qsd_api_id', columnNames: ['apiId'] }));
    await q.createIndex('question_set_document', new TableIndex({ name: 'IDX_qsd_text_state', columnNames: ['textState'] }));
    await q.addColumn('question_set_addressee', new TableColumn({ name: 'position', type: 'integer', isNullable: false, default: 0 }));
    await q.createTable(
      new Table({
        name: 'official_zaak',
        columns: [{ ...varcharColumn('apiId', 60), isPrimary: true }, varcharColumn('zaak', 20), intColumn('questionSetId')],
        foreignKeys: [cascadeToSet()],
        indices: [{ columnNames: ['questionSetId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'official_actor',
        columns: [
          { ...varcharColumn('apiId', 60), isPrimary: true },
          intColumn('questionSetId'),
          varcharColumn('relation', 40, true),
          varcharColumn('name', 300, true),
          varcharColumn('party', 60, true),
          varcharColumn('function', 300, true),
        ],
        foreignKeys: [cascadeToSet()],
        indices: [{ columnNames: ['questionSetId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'sync_deletion',
        columns: [
          idColumn(),
          varcharColumn('entity', 30),
          varcharColumn('apiId', 60),
          intColumn('questionSetId', true),
          textColumn('description'),
          varcharColumn('apiChangedAt', 60, true),
          varcharColumn('seenAt', 30),
        ],
        indices: [{ columnNames: ['apiId'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('sync_deletion');
    await q.dropTable('official_actor');
    await q.dropTable('official_zaak');
    await q.dropColumn('question_set_addressee', 'position');
    await q.dropIndex('question_set_document', 'IDX_qsd_text_state');
    await q.dropIndex('question_set_document', 'IDX_qsd_api_id');
    await q.dropColumns('question_set_document', ['apiId', 'contentType', 'textState', 'textError', 'textAttempts', 'textCheckedAt']);
    await q.dropColumns('sync_cursor', [
      'cursorId',
      'lastRunAt',
      'lastCompletedAt',
      'lastError',
      'backfillFrom',
      'recordsStored',
      'recordsSkipped',
      'pagesRead',
    ]);
    await q.changeColumn('sync_cursor', 'cursor', new TableColumn({ name: 'cursor', type: 'varchar', length: '40', isNullable: true }));
  }
}
