import { createHash, randomUUID } from 'node:crypto';
import { DataVersionRepository, type Policy } from '#domain';
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { today } from './today.util.js';

// The JSON API's public reads and the feeds: their answers follow from the URL, the data and the date alone. The HTML
// pages are left to Express's body-hash ETag: several carry a form with a per-visit CSRF token.
const PREFIXES = ['/questions', '/reports', '/commitments', '/feeds'];
// A restart may bring other code, which may answer differently with the same data.
const BOOT = randomUUID().slice(0, 8);

/**
 * ETag from the data version (write_lock.counter, bumped by every write), the day (answers without ?asOf= are
 * as of today) and the Accept header: a client revalidating with If-None-Match gets 304 before anything is read or
 * rendered, not after the whole answer was built to be hashed. Keyed requests and writes pass untouched.
 */
export function dataVersionETag(dataSource: DataSource, policy: Policy) {
  const versions = new DataVersionRepository(dataSource);
  return (req: Request, res: Response, next: NextFunction): void => {
    const keyed = req.get('x-api-key') !== undefined || req.get('authorization') !== undefined;
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      keyed ||
      !PREFIXES.some((p) => req.path === p || req.path.startsWith(`${p}/`) || req.path.startsWith(`${p}.`))
    )
      return next();
    versions.current().then(
      (version) => {
        const variant = createHash('sha1')
          .update(`${req.get('accept') ?? ''}|${today(policy)}|${BOOT}`)
          .digest('base64url')
          .slice(0, 12);
        const tag = `W/"v${version}-${variant}"`;
        res.setHeader('ETag', tag);
        const asked = req.get('if-none-match');
        if (asked && asked.split(',').some((t) => t.trim() === tag || t.trim() === '*')) {
          res.setHeader('Cache-Control', 'public, max-age=60');
          res.status(304).end();
          return;
        }
        next();
      },
      // No version to be had (the database is down): no ETag, and the route answers as it can.
      () => next(),
    );
  };
}
