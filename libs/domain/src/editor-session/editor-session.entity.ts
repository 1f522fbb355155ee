import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A signed-in editor on the review page. Only the SHA-256 of the session token is kept, as for API keys. */
@Entity('editor_session')
export class EditorSessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'integer' })
  apiKeyId: number;

  @Column({ type: 'varchar', length: 64 })
  csrfToken: string;

  @Column({ type: 'varchar', length: 30 })
  createdAt: string;

  @Column({ type: 'varchar', length: 30 })
  expiresAt: string;
}
