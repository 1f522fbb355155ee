import { LessThan, type DataSource } from 'typeorm';
import { ApiKeyEntity, type ApiKeyRole } from '../api-key/api-key.entity.js';
import { EditorSessionEntity } from './editor-session.entity.js';

export interface LiveSession {
  csrfToken: string;
  expiresAt: string;
  apiKeyId: number;
  name: string;
  role: ApiKeyRole;
}

/** All SQL on editor_session. A session lives only while the key it was opened with is not revoked. */
export class EditorSessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(row: EditorSessionEntity): Promise<void> {
    await this.dataSource.getRepository(EditorSessionEntity).insert(row);
  }

  async findLive(id: string, now: string): Promise<LiveSession | null> {
    const row = await this.dataSource
      .createQueryBuilder()
      .from(EditorSessionEntity, 's')
      .innerJoin(ApiKeyEntity, 'k', 'k.id = s.apiKeyId')
      .select('s.csrfToken', 'csrfToken')
      .addSelect('s.expiresAt', 'expiresAt')
      .addSelect('k.id', 'apiKeyId')
      .addSelect('k.name', 'name')
      .addSelect('k.role', 'role')
      .where('s.id = :id AND s.expiresAt > :now AND k.revokedAt IS NULL', { id, now })
      .getRawOne<LiveSession & { apiKeyId: number | string }>();
    return row ? { ...row, apiKeyId: Number(row.apiKeyId) } : null;
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.getRepository(EditorSessionEntity).delete({ id });
  }

  /** Expired sessions go when someone signs in; there are few, so no schedule is needed. */
  async deleteExpired(now: string): Promise<void> {
    await this.dataSource.getRepository(EditorSessionEntity).delete({ expiresAt: LessThan(now) });
  }
}
