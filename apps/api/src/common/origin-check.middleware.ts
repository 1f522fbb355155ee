import type { NextFunction, Request, Response } from 'express';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** This server's own origins: PUBLIC_URL's, and the Host the request came to (a local instance, a test). */
export function isOwnOrigin(origin: string, req: Request, publicUrl: string): boolean {
  let own: string;
  try {
    own = new URL(publicUrl).origin;
  } catch {
    own = '';
  }
  return origin === own || origin === `${req.protocol}://${req.get('host')}`;
}

/**
 * A state-changing request (POST, PUT, PATCH, DELETE) that a browser marks as sent from another site (Origin) is
 * refused: a page elsewhere cannot make a visitor's browser act here with the cookies or HTTP Basic credentials it
 * holds. Requests without Origin (curl, servers, a mail client's RFC 8058 one-click POST) are left to their own
 * checks: an API key in a header, a signed token. Bull Board adds a stricter rule (see QueueBoardModule).
 */
export function refuseCrossSiteWrites(publicUrl: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const origin = req.get('origin');
    if (SAFE.has(req.method) || origin === undefined || isOwnOrigin(origin, req, publicUrl)) return next();
    res
      .status(403)
      .json({ statusCode: 403, error: 'Forbidden', message: `a ${req.method} from another site (Origin ${origin.slice(0, 100)}) is not accepted` });
  };
}
