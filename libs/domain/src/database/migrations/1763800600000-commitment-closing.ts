import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The day a commitment was fulfilled or withdrawn, so its status can be told as of any past date. */
export class CommitmentClosing1763800600000 implements MigrationInterface {
  name = 'CommitmentClosing1763800600000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('commitment', new TableColumn({ name: 'closedOn', type: 'varchar', length: '10', isNullable: true }));
    await q.createIndex('commitment', new TableIndex({ name: 'IDX_commitment_review', columnNames: ['reviewState'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('commitment', 'IDX_commitment_review');
    await q.dropColumn('commitment', 'closedOn');
  }
}
