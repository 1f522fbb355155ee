import { afterAll, describe, expect, it } from '@jest/globals';
import type { Env } from '#domain';
import request from 'supertest';
import { startApiProcess, type ApiProcess } from '../../support/api-process.js';
import { createTestEnv } from '../../support/test-env.js';
import { dropQueues } from '../worker/support/worker-fixture.js';
import { envVars } from '../worker/support/worker-process.js';

interface LogLine {
  level: string;
  timestamp: number;
  message: string;
  context?: string;
}

// `termijnwacht start` as a log collector sees it with LOG_FORMAT=json: every line of its output one JSON object.
describe('LOG_FORMAT=json: the API and the start command log one JSON object a line', () => {
  let env: Env;
  let server: ApiProcess | undefined;

  afterAll(async () => {
    await server?.stop();
    await dropQueues(env);
  });

  it('start-up, a line per request (method, route, status, duration, request id) and the stop, all JSON; no route list', async () => {
    env = createTestEnv();
    server = await startApiProcess(envVars(env, { LOG_FORMAT: 'json', LOG_LEVEL: 'info' }));
    const base = server.base;
    await request(base).get('/health').set('X-Request-Id', 'probe-1').expect(200);
    await request(base).get('/questions/2022Z01519').expect(200);
    await request(base).get('/questions/1999Z00000').expect(404);
    await server.stop();

    const output = server.output();
    const lines = output.split('\n').filter((l) => l.trim() !== '');
    const parsed = lines.map((line) => {
      try {
        return JSON.parse(line) as LogLine;
      } catch {
        throw new Error(`not a JSON line: ${line}`);
      }
    });
    for (const line of parsed) {
      expect(typeof line.level).toBe('string');
      expect(typeof line.timestamp).toBe('number');
      expect(typeof line.message).toBe('string');
    }
    const messages = parsed.map((l) => `${l.context ?? ''}: ${l.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^Start: seeds imported: 5 question sets/));
    expect(messages).toContainEqual(expect.stringMatching(/^Start: termijnwacht API on http:\/\/localhost:\d+/));
    // The route's pattern, not the zaak: ids and tokens stay out of the log.
    expect(messages).toContainEqual(expect.stringMatching(/^Http: GET \/health 200 \d+\.\d ms id=probe-1$/));
    expect(messages).toContainEqual(expect.stringMatching(/^Http: GET \/questions\/:zaak 200 \d+\.\d ms id=[0-9a-f-]{36}$/));
    expect(messages).toContainEqual(expect.stringMatching(/^Http: GET \/questions\/:zaak 404 /));
    expect(messages.some((m) => m.includes('2022Z01519'))).toBe(false);
    expect(parsed.some((l) => l.context === 'RoutesResolver' || l.context === 'RouterExplorer')).toBe(false);
    expect(messages).toContainEqual(expect.stringMatching(/^Api: stopped/));
  }, 90_000);
});
