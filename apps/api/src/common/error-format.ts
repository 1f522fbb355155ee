import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import { escapeHtml } from './escape-html.util.js';

// The public pages (Dutch, HTML) and the links in mails answer errors as HTML; everything else is the JSON API.
// README: "one format per route". Used where Nest's filters cannot decide: before routing (NUL characters) and when
// Node's HTTP parser refuses a request outright (431: headers or URL over 16 KB).
const HTML_PREFIXES = [
  '/vragen',
  '/kamerleden',
  '/ministeries',
  '/achterstallig',
  '/toezeggingen',
  '/partijen',
  '/redactie',
  '/abonneren',
  '/feeds',
  '/assets',
  '/subscriptions/confirm',
  '/subscriptions/unsubscribe',
];

export function answersWithHtml(path: string): boolean {
  const clean = path.split('?')[0];
  return clean === '/' || clean === '' || HTML_PREFIXES.some((p) => clean === p || clean.startsWith(`${p}/`) || clean.startsWith(`${p}.`));
}

/** A bare error page, for when the site's frame (PageRenderer) is not at hand. */
export function plainErrorPage(title: string, message: string): string {
  return `<!doctype html>\n<html lang="nl">\n<head><meta charset="utf-8"><title>${escapeHtml(title)} · termijnwacht</title></head>\n<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></main></body>\n</html>\n`;
}

/**
 * Node's `clientError`: a request the parser refuses (431 for headers over --max-http-header-size, 400 for bad
 * syntax) gets the format of its route instead of Node's bare status line with no body. The path is read from the
 * raw bytes that arrived: the request line comes first.
 */
export function answerClientError(error: Error & { code?: string; rawPacket?: Buffer }, socket: Socket): void {
  if (!socket.writable || (error.code !== 'HPE_HEADER_OVERFLOW' && error.code !== 'HPE_INVALID_METHOD' && error.code !== 'HPE_INVALID_URL')) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const path = /^[A-Z]+ (\S+)/.exec(error.rawPacket?.subarray(0, 200).toString('latin1') ?? '')?.[1] ?? '';
  const message =
    status === 431 ? 'the request line and headers together must stay under 16 KB; send fewer or shorter query parameters' : 'the request could not be read';
  const html = answersWithHtml(path);
  const body = html
    ? plainErrorPage(
        status === 431 ? 'Adres te lang' : 'Ongeldig verzoek',
        status === 431 ? 'Het adres van deze pagina is te lang. Kies minder of kortere filters.' : 'Dit verzoek kon niet worden gelezen.',
      )
    : JSON.stringify({ statusCode: status, error: STATUS_CODES[status], message });
  const type = html ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8';
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
