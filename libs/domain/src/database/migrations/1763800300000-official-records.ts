import { Table, TableColumn, TableForeignKey, type MigrationInterface, type QueryRunner } from 'typeorm';
import { idColumn, intColumn, textColumn, varcharColumn } from './table-columns.util.js';

/** Records from the Kamer's open data: sync cursors, the documents of a set, logged disagreements, official toezeggingen. */
export class OfficialRecords1763800300000 implements MigrationInterface {
  name = 'OfficialRecords1763800300000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'sync_cursor',
        columns: [
          { ...varcharColumn('feed', 40), isPrimary: true },
          varcharColumn('cursor', 40, true),
          intColumn('recordsSeen'),
          varcharColumn('updatedAt', 30),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'question_set_document',
        columns: [
          idColumn(),
          intColumn('questionSetId'),
          varcharColumn('documentNumber', 40),
          varcharColumn('role', 20),
          varcharColumn('date', 10, true),
          textColumn('subject', true),
        ],
        uniques: [{ columnNames: ['questionSetId', 'documentNumber'] }],
        foreignKeys: [
          new TableForeignKey({ columnNames: ['questionSetId'], referencedTableName: 'question_set', referencedColumnNames: ['id'], onDelete: 'CASCADE' }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'data_conflict',
        columns: [
          idColumn(),
          intColumn('questionSetId'),
          varcharColumn('field', 40),
          textColumn('storedValue', true),
          textColumn('officialValue', true),
          varcharColumn('at', 30),
        ],
        foreignKeys: [
          new TableForeignKey({ columnNames: ['questionSetId'], referencedTableName: 'question_set', referencedColumnNames: ['id'], onDelete: 'CASCADE' }),
        ],
        indices: [{ columnNames: ['questionSetId'] }],
      }),
    );
    await q.addColumn('question_set', new TableColumn({ name: 'officialTerm', type: 'varchar', length: '10', isNullable: true }));
    await q.addColumns('commitment', [
      new TableColumn({ name: 'officialNumber', type: 'varchar', length: '40', isNullable: true, isUnique: true }),
      new TableColumn({ name: 'officialStatus', type: 'varchar', length: '40', isNullable: true }),
      new TableColumn({ name: 'ministry', type: 'varchar', length: '200', isNullable: true }),
    ]);
    // Official toezeggingen are made in debates, not in an answer: they belong to no question set.
    await q.changeColumn('commitment', 'questionSetId', new TableColumn({ name: 'questionSetId', type: 'integer', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.changeColumn('commitment', 'questionSetId', new TableColumn({ name: 'questionSetId', type: 'integer', isNullable: false }));
    await q.dropColumns('commitment', ['officialNumber', 'officialStatus', 'ministry']);
    await q.dropColumn('question_set', 'officialTerm');
    await q.dropTable('data_conflict');
    await q.dropTable('question_set_document');
    await q.dropTable('sync_cursor');
  }
}
