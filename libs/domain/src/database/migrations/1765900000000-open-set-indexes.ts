import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

// The Monday list reads the sets open as of a date from answer_term_projection. As of today those are the rows with
// neither an answer nor a withdrawal that counts: a partial index holds only them, ordered by term, so the list
// reads a few thousand index entries whatever the size of the history, from the index alone (it holds every column
// read). As of a past date a set answered or withdrawn since
// was open then: the two partial indexes on the later days find those (none as of today) without a scan.
// Partial indexes (CREATE INDEX … WHERE) work the same on SQLite and PostgreSQL. Frozen: no domain import.
const INDEXES = [
  new TableIndex({
    name: 'IDX_answer_term_projection_open',
    columnNames: ['termDay', 'submittedOn', 'questionSetId'],
    where: '"answeredDay" IS NULL AND "withdrawnDay" IS NULL',
  }),
  new TableIndex({ name: 'IDX_answer_term_projection_answered', columnNames: ['answeredDay'], where: '"answeredDay" IS NOT NULL' }),
  new TableIndex({ name: 'IDX_answer_term_projection_withdrawn', columnNames: ['withdrawnDay'], where: '"withdrawnDay" IS NOT NULL' }),
];

export class OpenSetIndexes1765900000000 implements MigrationInterface {
  name = 'OpenSetIndexes1765900000000';

  async up(q: QueryRunner): Promise<void> {
    for (const index of INDEXES) await q.createIndex('answer_term_projection', index);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of INDEXES) await q.dropIndex('answer_term_projection', index.name!);
  }
}
