import { Table, TableForeignKey, type MigrationInterface, type QueryRunner } from 'typeorm';
import { boolColumn, idColumn, intColumn, textColumn, varcharColumn } from './table-columns.util.js';

const cascadeTo = (table: string, column: string): TableForeignKey =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete: 'CASCADE' });
const nullOnDelete = (table: string, column: string): TableForeignKey =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete: 'SET NULL' });

/** Question sets with their questions, people, parties, ministries, deferrals, commitments and source documents. */
export class InitialSchema1763800000000 implements MigrationInterface {
  name = 'InitialSchema1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'party',
        columns: [idColumn(), varcharColumn('abbreviation', 80), varcharColumn('slug', 80)],
        uniques: [{ columnNames: ['abbreviation'] }, { columnNames: ['slug'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'person',
        columns: [idColumn(), varcharColumn('name', 200), varcharColumn('slug', 200), intColumn('partyId', true)],
        uniques: [{ columnNames: ['slug'] }],
        foreignKeys: [nullOnDelete('party', 'partyId')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'ministry',
        columns: [idColumn(), varcharColumn('slug', 40), varcharColumn('name', 120), varcharColumn('abbreviation', 20)],
        uniques: [{ columnNames: ['slug'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'question_set',
        columns: [
          idColumn(),
          varcharColumn('key', 40),
          varcharColumn('zaak', 20, true),
          textColumn('title', true),
          varcharColumn('titleSource', 10, true),
          varcharColumn('questionDocumentId', 40, true),
          varcharColumn('answerDocumentId', 40, true),
          varcharColumn('documentNumber', 20, true),
          varcharColumn('submittedOn', 10, true),
          varcharColumn('answeredOn', 10, true),
          varcharColumn('withdrawnOn', 10, true),
          intColumn('ministryId', true),
          varcharColumn('ministerLabel', 200, true),
          varcharColumn('createdAt', 30),
          varcharColumn('updatedAt', 30),
        ],
        uniques: [{ columnNames: ['key'] }, { columnNames: ['zaak'] }],
        foreignKeys: [nullOnDelete('ministry', 'ministryId')],
        indices: [
          { columnNames: ['submittedOn'] },
          { columnNames: ['answeredOn'] },
          { columnNames: ['ministryId', 'submittedOn'] },
          { columnNames: ['answerDocumentId'] },
          { columnNames: ['questionDocumentId'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'question',
        columns: [idColumn(), intColumn('questionSetId'), intColumn('number'), textColumn('text'), textColumn('answer', true)],
        uniques: [{ columnNames: ['questionSetId', 'number'] }],
        foreignKeys: [cascadeTo('question_set', 'questionSetId')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'deferral',
        columns: [
          idColumn(),
          intColumn('questionSetId'),
          varcharColumn('date', 10, true),
          textColumn('text'),
          varcharColumn('reason', 40),
          varcharColumn('dedupeKey', 80),
        ],
        uniques: [{ columnNames: ['questionSetId', 'dedupeKey'] }],
        foreignKeys: [cascadeTo('question_set', 'questionSetId')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'question_set_submitter',
        columns: [
          { ...intColumn('questionSetId'), isPrimary: true },
          { ...intColumn('personId'), isPrimary: true },
          intColumn('position'),
          intColumn('partyId', true),
        ],
        foreignKeys: [cascadeTo('question_set', 'questionSetId'), cascadeTo('person', 'personId'), nullOnDelete('party', 'partyId')],
        indices: [{ columnNames: ['personId'] }, { columnNames: ['partyId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'question_set_answerer',
        columns: [
          { ...intColumn('questionSetId'), isPrimary: true },
          { ...intColumn('personId'), isPrimary: true },
          intColumn('position'),
          varcharColumn('role', 300, true),
          intColumn('ministryId', true),
          intColumn('partyId', true),
        ],
        foreignKeys: [cascadeTo('question_set', 'questionSetId'), cascadeTo('person', 'personId'), nullOnDelete('ministry', 'ministryId')],
        indices: [{ columnNames: ['personId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'question_set_addressee',
        columns: [{ ...intColumn('questionSetId'), isPrimary: true }, { ...varcharColumn('role', 300), isPrimary: true }, intColumn('ministryId', true)],
        foreignKeys: [cascadeTo('question_set', 'questionSetId'), nullOnDelete('ministry', 'ministryId')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'question_set_topic',
        columns: [
          { ...intColumn('questionSetId'), isPrimary: true },
          { ...varcharColumn('topic', 120), isPrimary: true },
        ],
        foreignKeys: [cascadeTo('question_set', 'questionSetId')],
        indices: [{ columnNames: ['topic'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'source_document',
        columns: [
          idColumn(),
          intColumn('questionSetId'),
          varcharColumn('format', 10),
          varcharColumn('externalId', 40, true),
          varcharColumn('contentHash', 64),
          varcharColumn('filename', 300, true),
          intColumn('byteLength'),
          textColumn('text'),
          varcharColumn('importedAt', 30),
        ],
        uniques: [{ columnNames: ['contentHash'] }],
        foreignKeys: [cascadeTo('question_set', 'questionSetId')],
        indices: [{ columnNames: ['questionSetId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'commitment',
        columns: [
          idColumn(),
          intColumn('questionSetId'),
          intColumn('questionNumber', true),
          textColumn('text'),
          intColumn('spanStart', true),
          intColumn('spanEnd', true),
          varcharColumn('actor', 300, true),
          textColumn('action', true),
          varcharColumn('dueText', 200, true),
          varcharColumn('dueDate', 10, true),
          boolColumn('dueImplied', false),
          varcharColumn('strength', 10),
          textColumn('origin', true),
          varcharColumn('madeOn', 10, true),
          varcharColumn('status', 12),
          varcharColumn('fulfilledBy', 500, true),
          varcharColumn('reviewState', 12),
          varcharColumn('source', 12),
          varcharColumn('extractionKey', 120, true),
          varcharColumn('createdAt', 30),
          varcharColumn('updatedAt', 30),
        ],
        uniques: [{ columnNames: ['extractionKey'] }],
        foreignKeys: [cascadeTo('question_set', 'questionSetId')],
        indices: [{ columnNames: ['questionSetId'] }, { columnNames: ['status', 'dueDate'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'commitment_event',
        columns: [
          idColumn(),
          intColumn('commitmentId'),
          varcharColumn('at', 30),
          varcharColumn('actor', 200),
          varcharColumn('action', 30),
          textColumn('changes'),
          textColumn('note', true),
        ],
        foreignKeys: [cascadeTo('commitment', 'commitmentId')],
        indices: [{ columnNames: ['commitmentId'] }],
      }),
    );
    // One row, touched first in every write transaction: under SQLite this takes the write lock up front,
    // so a transaction never has to upgrade a read snapshot (which fails at once with SQLITE_BUSY).
    await q.createTable(new Table({ name: 'write_lock', columns: [{ ...intColumn('id'), isPrimary: true }, intColumn('counter')] }));
    await q.query('INSERT INTO write_lock (id, counter) VALUES (1, 0)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'write_lock',
      'commitment_event',
      'commitment',
      'source_document',
      'question_set_topic',
      'question_set_addressee',
      'question_set_answerer',
      'question_set_submitter',
      'deferral',
      'question',
      'question_set',
      'ministry',
      'person',
      'party',
    ]) {
      await q.dropTable(table);
    }
  }
}
