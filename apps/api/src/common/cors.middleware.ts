import type { NextFunction, Request, Response } from 'express';
import { answersWithHtml } from './error-format.js';

/**
 * CORS for reading the API from any web page: GET and HEAD only, no credentials. Nothing for the pages and their
 * forms, and no preflight grant for POST, PUT or DELETE: a page elsewhere cannot send JSON to a writing endpoint.
 */
export function readOnlyCors(req: Request, res: Response, next: NextFunction): void {
  if (answersWithHtml(req.path) || req.path.startsWith('/admin')) return next();
  const preflight = req.method === 'OPTIONS' && req.get('access-control-request-method') !== undefined;
  if (req.method === 'GET' || req.method === 'HEAD' || preflight) {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'ETag, RateLimit, RateLimit-Policy, Retry-After, X-Request-Id, X-Total-Count, Location');
    res.vary('Origin');
  }
  if (preflight) {
    const wanted = (req.get('access-control-request-method') ?? '').toUpperCase();
    if (wanted === 'GET' || wanted === 'HEAD') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD');
      res.setHeader('Access-Control-Allow-Headers', 'Accept, If-None-Match, X-Request-Id');
      res.setHeader('Access-Control-Max-Age', '600');
    } else {
      res.removeHeader('Access-Control-Allow-Origin');
    }
    res.status(204).end();
    return;
  }
  next();
}
