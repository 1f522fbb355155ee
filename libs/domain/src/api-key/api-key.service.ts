import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { InvalidInputError, NotFoundError } from '../common/domain-errors.js';
import { writeTransaction } from '../database/write-transaction.js';
import { API_KEY_ROLES, type ApiKeyEntity, type ApiKeyRole } from './api-key.entity.js';
import { ApiKeyRepository } from './api-key.repository.js';

/** Keys start with this, so a leaked one is easy to recognise (secret scanners, logs). */
export const API_KEY_PREFIX = 'tw_';
const KEY_SHAPE = /^tw_[A-Za-z0-9_-]{43}$/;
/** lastUsedAt is a hint, not an audit log: write it at most this often per key. */
const TOUCH_INTERVAL_MS = 60_000;

export type ApiKeyView = Omit<ApiKeyEntity, 'hash'>;

export interface CreatedApiKey {
  id: number;
  name: string;
  role: ApiKeyRole;
  /** The key itself: shown once, never stored. */
  key: string;
}

export interface ApiKeyPrincipal {
  id: number;
  name: string;
  role: ApiKeyRole;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Creates, lists, revokes and checks API keys. The key is 32 random bytes; only its SHA-256 is kept. */
export class ApiKeyService {
  private readonly repo: ApiKeyRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.repo = new ApiKeyRepository(dataSource);
  }

  async create(input: { role: string; name?: string | null }): Promise<CreatedApiKey> {
    if (!API_KEY_ROLES.includes(input.role as ApiKeyRole)) throw new InvalidInputError('role', `must be one of ${API_KEY_ROLES.join(', ')}`);
    const role = input.role as ApiKeyRole;
    const name = (input.name ?? '').trim() || `${role} key`;
    if (name.length > 100) throw new InvalidInputError('name', 'at most 100 characters');
    const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const createdAt = this.clock().toISOString();
    const id = await writeTransaction(this.dataSource, (manager) => this.repo.insert(manager, { name, role, hash: hashApiKey(key), createdAt }));
    return { id, name, role, key };
  }

  list(): Promise<ApiKeyView[]> {
    return this.repo.list();
  }

  async revoke(id: number): Promise<void> {
    const found = await writeTransaction(this.dataSource, (manager) => this.repo.revoke(manager, id, this.clock().toISOString()));
    if (!found) throw new NotFoundError(`no API key with id ${id}`);
  }

  /** The principal for a presented key, or null when it is malformed, unknown or revoked. */
  async verify(presented: string): Promise<ApiKeyPrincipal | null> {
    // Reject by shape before touching the database; the hash comparison is by index lookup, so no timing leak on the key.
    if (!KEY_SHAPE.test(presented)) return null;
    const found = await this.repo.findActiveByHash(hashApiKey(presented));
    if (!found) return null;
    const now = this.clock();
    if (!found.lastUsedAt || now.getTime() - Date.parse(found.lastUsedAt) > TOUCH_INTERVAL_MS) {
      await writeTransaction(this.dataSource, (manager) => this.repo.touch(manager, found.id, now.toISOString()));
    }
    return { id: found.id, name: found.name, role: found.role };
  }
}
