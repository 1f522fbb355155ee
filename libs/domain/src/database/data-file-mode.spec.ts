import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDataSource } from './data-source.factory.js';

// Issue 14, finding 6: termijnwacht.sqlite (subscriber addresses, key hashes) was created 0644 under the usual umask.
describe('the SQLite file and its folder are private to the user', () => {
  const sqliteEnv = (dir: string) => ({ databaseUrl: null, databaseSchema: null, sqliteFile: path.join(dir, 'data', 'termijnwacht.sqlite') });

  it('creates the file 0600 (with its -wal) and the folder 0700, under a permissive umask', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'termijnwacht-mode-'));
    const previous = process.umask(0o022);
    try {
      const env = sqliteEnv(dir);
      const ds = await openDataSource(env);
      await ds.query('CREATE TABLE t (x integer)');
      expect(fs.statSync(env.sqliteFile).mode & 0o777).toBe(0o600);
      expect(fs.statSync(`${env.sqliteFile}-wal`).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(env.sqliteFile)).mode & 0o777).toBe(0o700);
      await ds.destroy();
    } finally {
      process.umask(previous);
    }
  });

  it('narrows an existing file that others can read', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'termijnwacht-mode-'));
    const env = sqliteEnv(dir);
    fs.mkdirSync(path.dirname(env.sqliteFile));
    fs.writeFileSync(env.sqliteFile, '', { mode: 0o644 });
    fs.chmodSync(env.sqliteFile, 0o644);
    const ds = await openDataSource(env);
    expect(fs.statSync(env.sqliteFile).mode & 0o777).toBe(0o600);
    await ds.destroy();
  });
});
