import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createAppLogger, MAX_DOCUMENT_BYTES, type Env, type Policy } from '#domain';
import compression from 'compression';
import helmet from 'helmet';
import { DataSource } from 'typeorm';
import { ApiModule } from './app.module.js';
import { ApiExceptionFilter } from './common/api-exception.filter.js';
import { readOnlyCors } from './common/cors.middleware.js';
import { dataVersionETag } from './common/data-version-etag.middleware.js';
import { answerClientError } from './common/error-format.js';
import { refuseNulCharacters } from './common/nul-character.middleware.js';
import { RateLimitService } from './common/rate-limit/rate-limit.service.js';
import { refuseCrossSiteWrites } from './common/origin-check.middleware.js';
import { PublicCacheInterceptor } from './common/public-cache.interceptor.js';
import { requestLog } from './common/request-log.middleware.js';
import { apiValidationPipe } from './common/validation.pipe.js';
import { setUpOpenApi } from './openapi/openapi.setup.js';
import { PageRenderer } from './pages/render/page-renderer.js';

/** Builds the API application (not listening yet), as the server and the end-to-end tests use it. */
export async function createApiApp(env: Env, policy: Policy, options: { logger?: false; shutdownHooks?: boolean } = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(env, policy), {
    // LOG_FORMAT=json: one JSON object a line; start-up stays quiet (no line per route) unless LOG_LEVEL=debug.
    logger: options.logger ?? createAppLogger(env),
    // Our own parsers below, with the document size limit: a larger body is a 413 before anything reads it.
    bodyParser: false,
  });
  app.disable('x-powered-by');
  // Behind a reverse proxy, req.ip (the rate limit's key) is the client from X-Forwarded-For, trusted this far only.
  app.set('trust proxy', env.trustProxy);
  app.use(requestLog);
  app.use(securityHeaders());
  // Every request counts, /docs and Bull Board included; POST /subscriptions has a budget of its own besides.
  const { limits } = app.get(RateLimitService);
  if (limits.all) app.use(limits.all);
  const subscribeLimit = limits.subscribe;
  if (subscribeLimit) {
    app.use('/subscriptions', (req: { method: string; path: string }, res: unknown, next: () => void) =>
      req.method === 'POST' && req.path === '/' ? (subscribeLimit as (a: unknown, b: unknown, c: unknown) => void)(req, res, next) : next(),
    );
  }
  app.use(readOnlyCors);
  app.use(refuseCrossSiteWrites(env.publicUrl));
  app.use(compression());
  app.use(dataVersionETag(app.get(DataSource), policy));
  app.use(refuseNulCharacters((title, message) => app.get(PageRenderer).errorHtml(title, message)));
  // Node's parser refuses a request over 16 KB of headers before Express sees it: answer in the route's format.
  app.getHttpServer().on('clientError', answerClientError);
  app.useBodyParser('json', { limit: MAX_DOCUMENT_BYTES });
  // Raw bytes: the documents controller decodes them by their byte-order mark (UTF-16 too), whatever the charset says.
  app.useBodyParser('raw', { limit: MAX_DOCUMENT_BYTES, type: 'text/plain' });
  app.useBodyParser('urlencoded', { extended: false, limit: '100kb' });
  // Every query parameter and body is validated; every error leaves as {statusCode, error, message}, never a stack.
  app.useGlobalPipes(apiValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  app.useGlobalInterceptors(new PublicCacheInterceptor());
  setUpOpenApi(app);
  // Off when `termijnwacht start` runs the worker in the same process and owns the signals.
  if (options.shutdownHooks !== false) app.enableShutdownHooks();
  return app;
}

/**
 * Security headers on every response. The pages load nothing from elsewhere, so the content security policy allows
 * only this origin (inline style attributes stay allowed: the server-drawn SVG charts use them). The OpenAPI UI and
 * Bull Board bring inline scripts of their own and keep helmet's other headers without the policy.
 * No upgrade-insecure-requests: a local instance is served over plain http.
 */
function securityHeaders(): (req: { path: string }, res: unknown, next: (error?: unknown) => void) => void {
  const strict = helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        upgradeInsecureRequests: null,
      },
    },
  });
  const relaxed = helmet({ contentSecurityPolicy: false });
  return (req, res, next) =>
    ((req.path.startsWith('/docs') || req.path.startsWith('/admin/queues') ? relaxed : strict) as (a: unknown, b: unknown, c: unknown) => void)(req, res, next);
}
