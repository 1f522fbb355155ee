import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

// Status filters and the reports read the dates of many sets at once (see QuestionFactsRepository). These indexes
// cover those reads, so SQLite answers from the index alone instead of visiting every row:
// - per ministry: (ministryId, submittedOn, answeredOn, withdrawnOn), replacing (ministryId, submittedOn);
// - unanswered as of a date (the Monday list): (answeredOn, submittedOn, withdrawnOn), replacing (answeredOn);
// - deferral dates of a set: (questionSetId, date).
const REPLACED = [
  { old: ['ministryId', 'submittedOn'], next: ['ministryId', 'submittedOn', 'answeredOn', 'withdrawnOn'] },
  { old: ['answeredOn'], next: ['answeredOn', 'submittedOn', 'withdrawnOn'] },
];

function sameColumns(index: TableIndex, columns: string[]): boolean {
  return index.columnNames.length === columns.length && index.columnNames.every((c, i) => c === columns[i]);
}

export class StatusReadIndexes1763800910000 implements MigrationInterface {
  name = 'StatusReadIndexes1763800910000';

  async up(q: QueryRunner): Promise<void> {
    const table = (await q.getTable('question_set'))!;
    for (const { old, next } of REPLACED) {
      await q.createIndex('question_set', new TableIndex({ columnNames: next }));
      const previous = table.indices.find((i) => sameColumns(i, old));
      if (previous) await q.dropIndex('question_set', previous);
    }
    await q.createIndex('deferral', new TableIndex({ columnNames: ['questionSetId', 'date'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    const deferral = (await q.getTable('deferral'))!;
    const byDate = deferral.indices.find((i) => sameColumns(i, ['questionSetId', 'date']));
    if (byDate) await q.dropIndex('deferral', byDate);
    const table = (await q.getTable('question_set'))!;
    for (const { old, next } of REPLACED) {
      await q.createIndex('question_set', new TableIndex({ columnNames: old }));
      const added = table.indices.find((i) => sameColumns(i, next));
      if (added) await q.dropIndex('question_set', added);
    }
  }
}
