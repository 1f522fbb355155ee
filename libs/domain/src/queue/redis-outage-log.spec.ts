import { describe, expect, it } from '@jest/globals';
import { RedisOutageLog } from './redis-outage-log.js';

// Issue 14, finding 17: one line when Redis goes away and one when it is back, however many connections retry.
describe('RedisOutageLog', () => {
  it('logs an outage once and its end once, with the duration and the count of errors', () => {
    const lines: string[] = [];
    let now = 0;
    const outage = new RedisOutageLog(
      (m) => lines.push(`warn ${m}`),
      (m) => lines.push(`log ${m}`),
      () => now,
    );
    outage.ready();
    for (let i = 0; i < 84; i += 1) {
      outage.error(new Error(i % 2 ? 'connect ECONNREFUSED 127.0.0.1:6379' : 'Connection is closed.'));
      now += 120;
    }
    outage.ready();
    outage.ready();
    expect(lines).toEqual([
      'warn Redis unreachable (Connection is closed.); retrying, and saying so once it answers again',
      'log Redis reachable again after 10 s (84 connection error(s) meanwhile)',
    ]);
    outage.error(new Error('again'));
    expect(lines).toHaveLength(3);
  });
});
