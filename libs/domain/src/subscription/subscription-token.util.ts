import { createHmac, timingSafeEqual } from 'node:crypto';

export type TokenPurpose = 'confirm' | 'unsubscribe';

function signature(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** `<purpose>.<subscriptionId>.<HMAC-SHA256 of both>`: works from any mail, without logging in, and cannot be forged. */
export function signSubscriptionToken(secret: string, purpose: TokenPurpose, subscriptionId: number): string {
  const payload = `${purpose}.${subscriptionId}`;
  return `${payload}.${signature(secret, payload)}`;
}

/** The subscription id when the token is genuine and for this purpose, else null. Compares in constant time. */
export function verifySubscriptionToken(secret: string, purpose: TokenPurpose, token: unknown): number | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const match = /^(confirm|unsubscribe)\.([1-9]\d{0,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match || match[1] !== purpose) return null;
  const expected = Buffer.from(signature(secret, `${match[1]}.${match[2]}`));
  const given = Buffer.from(match[3]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return Number(match[2]);
}
