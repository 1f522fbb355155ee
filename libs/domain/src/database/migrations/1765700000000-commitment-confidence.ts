import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

// How sure the extractor was of a commitment (0–1) and which construction found it (active, passive, receiver,
// intention, conditional, reference, assent): the review list is sorted by it, doubtful ones first. Null for
// commitments made by hand or taken from the Kamer's register, and for rows extracted before this migration.
export class CommitmentConfidence1765700000000 implements MigrationInterface {
  name = 'CommitmentConfidence1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('commitment', new TableColumn({ name: 'confidence', type: 'real', isNullable: true }));
    await q.addColumn('commitment', new TableColumn({ name: 'construction', type: 'varchar', length: '12', isNullable: true }));
    await q.createIndex('commitment', new TableIndex({ name: 'IDX_commitment_confidence', columnNames: ['confidence', 'id'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('commitment', 'IDX_commitment_confidence');
    await q.dropColumn('commitment', 'construction');
    await q.dropColumn('commitment', 'confidence');
  }
}
