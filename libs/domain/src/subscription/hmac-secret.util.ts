import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Env } from '../config/env.js';

/**
 * The key that signs confirmation and unsubscribe links: HMAC_SECRET when set, else a random key kept in
 * DATA_DIR/hmac.secret (created on first use, mode 0600), so a new installation works and links survive restarts.
 * Several hosts sharing one PostgreSQL database must set HMAC_SECRET to the same value.
 */
export function resolveHmacSecret(env: Pick<Env, 'hmacSecret' | 'dataDir'>): string {
  if (env.hmacSecret) return env.hmacSecret;
  const file = path.join(env.dataDir, 'hmac.secret');
  fs.mkdirSync(env.dataDir, { recursive: true, mode: 0o700 });
  try {
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (secret.length < 16) throw new Error(`${file} holds no usable key; delete it to make a new one, or set HMAC_SECRET`);
  return secret;
}
