import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';

const logger = new Logger('Http');

/** A request id the client (or a proxy) sent: short, and nothing that could break a log line. */
const SANE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * One log line per request, when it ends: method, route (the pattern, so ids and tokens stay out of the log),
 * status, duration and a request id, which the response carries as X-Request-Id.
 */
export function requestLog(req: Request, res: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  const given = req.get('x-request-id');
  const id = given && SANE_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // Express types req.route as any; it is the matched Layer's route, whose path is the pattern.
    const pattern = (req.route as { path?: string } | undefined)?.path;
    const route = pattern ? `${req.baseUrl}${pattern}` : req.baseUrl || '(no route)';
    logger.log(`${req.method} ${route} ${res.statusCode} ${ms.toFixed(1)} ms id=${id}`);
  });
  next();
}
