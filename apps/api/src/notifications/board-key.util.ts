import type { ApiKeyPrincipal, ApiKeyService } from '#domain';
import type { Request } from 'express';

/**
 * The API key of a request to Bull Board: X-Api-Key or Authorization: Bearer as everywhere in the API (ApiKeyGuard),
 * or the password of HTTP Basic auth, so a browser can open the dashboard: it asks for the key once and sends it
 * with every request the dashboard makes.
 */
export async function boardPrincipal(
  request: Request,
  keys: ApiKeyService,
): Promise<{ principal: ApiKeyPrincipal | null; presented: boolean; viaBasic: boolean }> {
  const header = request.headers['x-api-key'];
  let key = typeof header === 'string' && header.trim() ? header.trim() : null;
  const authorization = request.headers.authorization ?? '';
  if (!key) key = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] ?? null;
  let viaBasic = false;
  if (!key && authorization.startsWith('Basic ')) {
    const decoded = Buffer.from(authorization.slice(6), 'base64').toString('utf8');
    key = decoded.slice(decoded.indexOf(':') + 1);
    viaBasic = true;
  }
  if (!key) return { principal: null, presented: false, viaBasic };
  return { principal: await keys.verify(key), presented: true, viaBasic };
}
