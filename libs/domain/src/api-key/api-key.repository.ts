import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { ApiKeyEntity, type ApiKeyRole } from './api-key.entity.js';

/** All SQL on api_key. */
export class ApiKeyRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, values: { name: string; role: ApiKeyRole; hash: string; createdAt: string }): Promise<number> {
    const result = await manager.getRepository(ApiKeyEntity).insert({ ...values, lastUsedAt: null, revokedAt: null });
    return Number(result.identifiers[0].id);
  }

  /** The active (not revoked) key with this hash. */
  async findActiveByHash(hash: string): Promise<Pick<ApiKeyEntity, 'id' | 'name' | 'role' | 'lastUsedAt'> | null> {
    return this.dataSource.getRepository(ApiKeyEntity).findOne({
      where: { hash, revokedAt: IsNull() },
      select: { id: true, name: true, role: true, lastUsedAt: true },
    });
  }

  async list(): Promise<Omit<ApiKeyEntity, 'hash'>[]> {
    return this.dataSource.getRepository(ApiKeyEntity).find({
      select: { id: true, name: true, role: true, createdAt: true, lastUsedAt: true, revokedAt: true },
      order: { id: 'ASC' },
    });
  }

  /** Returns false when there is no such key. Revoking twice keeps the first date. */
  async revoke(manager: EntityManager, id: number, at: string): Promise<boolean> {
    const repo = manager.getRepository(ApiKeyEntity);
    const found = await repo.findOne({ where: { id }, select: { id: true, revokedAt: true } });
    if (!found) return false;
    if (!found.revokedAt) await repo.update({ id }, { revokedAt: at });
    return true;
  }

  async touch(manager: EntityManager, id: number, at: string): Promise<void> {
    await manager.getRepository(ApiKeyEntity).update({ id }, { lastUsedAt: at });
  }
}
