import type { NestExpressApplication } from '@nestjs/platform-express';
import { ApiKeyService, DEFAULT_POLICY, DocumentImportService, type Env } from '#domain';
import fs from 'node:fs';
import { createApiApp } from '../../../../apps/api/src/bootstrap.js';
import { createTestEnv, openTestDatabase, seedFiles } from '../../../support/test-env.js';

export interface ApiFixture {
  env: Env;
  app: NestExpressApplication;
  /** The http.Server for supertest. */
  server: ReturnType<NestExpressApplication['getHttpServer']>;
  editorKey: string;
  adminKey: string;
  close(): Promise<void>;
}

/**
 * One API app per test file, on its own migrated SQLite file (or PostgreSQL schema), with an editor and an admin key.
 * `seeds: true` imports the five seed documents through the import service first.
 */
export async function startApi(options: { seeds?: boolean; env?: Record<string, string> } = {}): Promise<ApiFixture> {
  const env = createTestEnv(options.env);
  await (await openTestDatabase(env)).destroy();
  const app = await createApiApp(env, DEFAULT_POLICY, { logger: false, shutdownHooks: false });
  await app.init();
  if (options.seeds) {
    const importer = app.get(DocumentImportService);
    for (const file of seedFiles()) await importer.importText(fs.readFileSync(file, 'utf8'), { filename: file });
  }
  const keys = app.get(ApiKeyService);
  const editorKey = (await keys.create({ role: 'editor', name: 'test editor' })).key;
  const adminKey = (await keys.create({ role: 'admin', name: 'test admin' })).key;
  return { env, app, server: app.getHttpServer(), editorKey, adminKey, close: () => app.close() };
}

/** Asserts the error shape every failure has: {statusCode, error, message}, and no stack trace anywhere. */
export function expectApiError(body: unknown, statusCode: number, message?: RegExp): void {
  const b = body as Record<string, unknown>;
  if (b.statusCode !== statusCode || typeof b.error !== 'string' || typeof b.message !== 'string') {
    throw new Error(`expected an API error ${statusCode}, got ${JSON.stringify(body)}`);
  }
  if (message && !message.test(b.message)) throw new Error(`expected the message to match ${message}, got ${JSON.stringify(b.message)}`);
  if (/\bat .+\(.*:\d+:\d+\)|node_modules|\.ts:\d+/.test(JSON.stringify(body))) throw new Error(`a stack trace leaked: ${JSON.stringify(body)}`);
}
