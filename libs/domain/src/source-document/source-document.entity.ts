import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The original text of every imported document, kept verbatim so any figure can be traced to its source. */
@Entity('source_document')
export class SourceDocumentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  questionSetId: number;

  @Column({ type: 'varchar', length: 10 })
  format: string;

  /** kv-tk-…, ah-tk-… or the 20xxD number, when the document names one. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  externalId: string | null;

  @Column({ type: 'varchar', length: 64, unique: true })
  contentHash: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  filename: string | null;

  @Column({ type: 'integer' })
  byteLength: number;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 30 })
  importedAt: string;
}
