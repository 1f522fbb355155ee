import type { SyncProgress } from '#domain';

const MINUTE = 60_000;

function duration(ms: number): string {
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 1) return '<1 min';
  if (minutes < 120) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** One feed's progress in words: records, pages, rate, time left (when the server said how many to expect). */
export function progressLine(p: SyncProgress, now: number): string {
  const seconds = Math.max((now - p.startedAt) / 1000, 0.001);
  const rate = p.records / seconds;
  const parts = [
    `${p.feed}: ${p.records.toLocaleString('en-US')}${p.expected !== null ? ` of ${p.expected.toLocaleString('en-US')}` : ''} records`,
    `${p.pages} pages`,
    `${rate.toFixed(1)} records/s`,
  ];
  if (p.expected !== null && rate > 0 && p.records > 0) parts.push(`about ${duration(((p.expected - p.records) / rate) * 1000)} left`);
  return parts.join(', ');
}

/**
 * Progress on stderr: on a terminal one line rewritten in place, elsewhere (a log file, cron) one line per minute per
 * feed, plus the first and the last line of each feed.
 */
export function stderrProgress(stream: NodeJS.WriteStream = process.stderr, clock: () => number = Date.now): (p: SyncProgress) => void {
  const tty = Boolean(stream.isTTY);
  let lastFeed: string | null = null;
  let lastWritten = 0;
  return (p) => {
    const now = clock();
    const line = progressLine(p, now);
    if (tty) {
      if (lastFeed !== null && lastFeed !== p.feed) stream.write('\n');
      stream.write(`\r\x1b[2K${line}`);
    } else if (lastFeed !== p.feed || now - lastWritten >= MINUTE) {
      stream.write(`${line}\n`);
      lastWritten = now;
    }
    lastFeed = p.feed;
  };
}
