import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { intColumn, textColumn, varcharColumn } from './table-columns.util.js';

// The latency report adds up, per group, facts of each set that do not depend on asOf (see AnswerTermProjectionEntity).
// Each group key (and the party, in the table of rows per party) leads one covering index that continues with every
// column the report reads, so SQLite answers GROUP BY key, daysToAnswer from the index alone, in index order, no sort.
const GROUP_KEYS = ['ministryId', 'ministerLabel', 'submittedMonth', 'vergaderjaar'];
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

/** The columns of ProjectedVerdictColumns. */
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

export class AnswerTermProjection1763801000000 implements MigrationInterface {
  name = 'AnswerTermProjection1763801000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'answer_term_projection',
        columns: [
          { name: 'questionSetId', type: 'integer', isPrimary: true },
          intColumn('ministryId', true),
          varcharColumn('ministerLabel', 200, true),
          varcharColumn('submittedMonth', 7),
          varcharColumn('vergaderjaar', 9),
          ...verdictColumns(),
        ],
      }),
    );
    for (const key of GROUP_KEYS) {
      await q.createIndex('answer_term_projection', new TableIndex({ name: `IDX_answer_term_projection_${key}`, columnNames: [key, ...READ_COLUMNS] }));
    }
    await q.createTable(
      new Table({
        name: 'answer_term_projection_party',
        columns: [
          { name: 'questionSetId', type: 'integer', isPrimary: true },
          { name: 'party', type: 'varchar', length: '80', isPrimary: true },
          ...verdictColumns(),
        ],
      }),
    );
    await q.createIndex('answer_term_projection_party', new TableIndex({ name: 'IDX_answer_term_projection_party', columnNames: ['party', ...READ_COLUMNS] }));
    await q.createTable(
      new Table({ name: 'answer_term_projection_policy', columns: [{ name: 'id', type: 'integer', isPrimary: true }, textColumn('termPolicy')] }),
    );
    // No backfill here: a migration is frozen, and live rule code may change. With no policy row stored, the first
    // reader (ensureAnswerTermProjection) rebuilds the projection from the stored sets under the policy in force.
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('answer_term_projection_policy');
    await q.dropTable('answer_term_projection_party');
    await q.dropTable('answer_term_projection');
  }
}
