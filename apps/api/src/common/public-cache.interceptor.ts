import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { catchError, type Observable } from 'rxjs';

// Answers that depend on who asks, or change state, or must be fresh.
const PRIVATE_PREFIXES = ['/admin', '/subscriptions', '/api-keys', '/health', '/documents/inbox', '/docs'];

/**
 * Public reads (questions, reports, commitments, pages, feeds) may be kept by browsers and proxies for a minute:
 * the data changes with imports and syncs, not by the second. The ETag (the data version on the API and feeds, see
 * data-version-etag.middleware.ts; a hash of the body on the pages) lets a client revalidate with If-None-Match and
 * get a 304. Not for requests with a key, not for errors, and a handler that sets its own Cache-Control (assets,
 * mail-link pages) keeps it.
 */
@Injectable()
export class PublicCacheInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    const keyed = req.get('x-api-key') !== undefined || req.get('authorization') !== undefined;
    if ((req.method !== 'GET' && req.method !== 'HEAD') || keyed || PRIVATE_PREFIXES.some((p) => req.path.startsWith(p))) return next.handle();
    if (!res.getHeader('Cache-Control')) res.setHeader('Cache-Control', 'public, max-age=60');
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!res.headersSent) res.setHeader('Cache-Control', 'no-store');
        throw error;
      }),
    );
  }
}
