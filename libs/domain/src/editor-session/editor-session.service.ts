import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { ApiKeyPrincipal, ApiKeyService } from '../api-key/api-key.service.js';
import { EditorSessionRepository } from './editor-session.repository.js';

/** How long a sign-in lasts: a working day. */
export const EDITOR_SESSION_HOURS = 8;

export interface EditorSession {
  principal: ApiKeyPrincipal;
  /** Sent in every form of the review page and compared on every POST. */
  csrfToken: string;
}

export interface OpenedSession extends EditorSession {
  /** The cookie's value: shown to the browser once, stored only as a hash. */
  token: string;
  expiresAt: string;
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Server-side sessions for the review page: an editor signs in once with an API key (role editor or admin) and the
 * browser holds only a random session token. Revoking the key ends its sessions; signing out deletes the row.
 */
export class EditorSessionService {
  private readonly repository: EditorSessionRepository;

  constructor(
    dataSource: DataSource,
    private readonly keys: ApiKeyService,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.repository = new EditorSessionRepository(dataSource);
  }

  /** Null when the key is malformed, unknown or revoked. */
  async signIn(apiKey: string): Promise<OpenedSession | null> {
    const principal = await this.keys.verify(apiKey.trim());
    if (!principal) return null;
    const now = this.clock();
    await this.repository.deleteExpired(now.toISOString());
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + EDITOR_SESSION_HOURS * 3600_000).toISOString();
    await this.repository.insert({ id: hashToken(token), apiKeyId: principal.id, csrfToken, createdAt: now.toISOString(), expiresAt });
    return { token, principal, csrfToken, expiresAt };
  }

  /** The session behind a cookie value, or null when there is none, it expired, or its key was revoked. */
  async resolve(token: string | null): Promise<EditorSession | null> {
    if (!token || !TOKEN_SHAPE.test(token)) return null;
    const live = await this.repository.findLive(hashToken(token), this.clock().toISOString());
    return live ? { principal: { id: live.apiKeyId, name: live.name, role: live.role }, csrfToken: live.csrfToken } : null;
  }

  async signOut(token: string | null): Promise<void> {
    if (token && TOKEN_SHAPE.test(token)) await this.repository.delete(hashToken(token));
  }
}

/** Compares a presented CSRF token with the session's in constant time. */
export function csrfMatches(expected: string, presented: unknown): boolean {
  if (typeof presented !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}
