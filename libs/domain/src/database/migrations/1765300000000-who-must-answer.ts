import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { intColumn, varcharColumn } from './table-columns.util.js';

// Several ministries and bewindspersonen per set: question_set_responsible (who must answer, derived from the
// answerers, the addressees and the table of bewindspersonen) and the answer-term projection once per ministry and
// once per minister of a set. Filled by the projection's rebuild: this migration forgets the projection's policy, so
// the first reader rebuilds everything (ensureAnswerTermProjection) with the code of that day. Frozen: no domain import.
const READ_COLUMNS = [
  'daysToAnswer',
  'submittedOn',
  'answeredDay',
  'withdrawnDay',
  'answeredInTerm',
  'termDay',
  'extendedTermDay',
  'firstDeferralDay',
  'firstDeferralInTime',
];

function verdictColumns(): TableColumnOptions[] {
  return [
    varcharColumn('submittedOn', 10),
    intColumn('answeredDay', true),
    intColumn('withdrawnDay', true),
    intColumn('daysToAnswer', true),
    intColumn('answeredInTerm', true),
    intColumn('termDay'),
    intColumn('extendedTermDay', true),
    intColumn('firstDeferralDay', true),
    intColumn('firstDeferralInTime', true),
  ];
}

export class WhoMustAnswer1765300000000 implements MigrationInterface {
  name = 'WhoMustAnswer1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'question_set_responsible',
        columns: [
          { name: 'questionSetId', type: 'integer', isPrimary: true },
          { name: 'position', type: 'integer', isPrimary: true },
          intColumn('ministryId', true),
          varcharColumn('minister', 200, true),
          varcharColumn('personName', 200, true),
          varcharColumn('source', 10),
        ],
        foreignKeys: [
          { columnNames: ['questionSetId'], referencedTableName: 'question_set', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['ministryId'], referencedTableName: 'ministry', referencedColumnNames: ['id'], onDelete: 'SET NULL' },
        ],
      }),
    );
    await q.createIndex(
      'question_set_responsible',
      new TableIndex({ name: 'IDX_question_set_responsible_ministry', columnNames: ['ministryId', 'questionSetId'] }),
    );
    await q.createIndex(
      'question_set_responsible',
      new TableIndex({ name: 'IDX_question_set_responsible_minister', columnNames: ['minister', 'questionSetId'] }),
    );
    await q.createTable(
      new Table({
        name: 'answer_term_projection_ministry',
        columns: [{ name: 'questionSetId', type: 'integer', isPrimary: true }, { name: 'ministryId', type: 'integer', isPrimary: true }, ...verdictColumns()],
      }),
    );
    await q.createIndex(
      'answer_term_projection_ministry',
      new TableIndex({ name: 'IDX_answer_term_projection_ministry', columnNames: ['ministryId', ...READ_COLUMNS] }),
    );
    await q.createTable(
      new Table({
        name: 'answer_term_projection_minister',
        columns: [
          { name: 'questionSetId', type: 'integer', isPrimary: true },
          { name: 'minister', type: 'varchar', length: '200', isPrimary: true },
          ...verdictColumns(),
        ],
      }),
    );
    await q.createIndex(
      'answer_term_projection_minister',
      new TableIndex({ name: 'IDX_answer_term_projection_minister', columnNames: ['minister', ...READ_COLUMNS] }),
    );
    await q.query('DELETE FROM answer_term_projection_policy');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('answer_term_projection_minister');
    await q.dropTable('answer_term_projection_ministry');
    await q.dropTable('question_set_responsible');
    await q.query('DELETE FROM answer_term_projection_policy');
  }
}
