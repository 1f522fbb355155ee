import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const API_KEY_ROLES = ['editor', 'admin'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

/** A key for the write endpoints. Only the SHA-256 of the key is stored: a leaked table grants nothing. */
@Entity('api_key')
export class ApiKeyEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 10 })
  role: ApiKeyRole;

  /** Hex SHA-256 of the whole key, prefix included. */
  @Column({ type: 'varchar', length: 64, unique: true })
  hash: string;

  @Column({ type: 'varchar', length: 30 })
  createdAt: string;

  @Column({ type: 'varchar', length: 30, nullable: true })
  lastUsedAt: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  revokedAt: string | null;
}
