import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import { DocumentRejectedError, InvalidInputError, NotFoundError } from '#domain';
import { ParseError } from '#parsing';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';

/** Every error the API answers with: no stack, no internals. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** The document line a 422 refers to, when known. */
  line?: number | null;
  /** For 503 from /health: each dependency's state. */
  details?: Record<string, unknown>;
}

function messageOf(response: string | object): string {
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : '';
}

/** Maps domain errors and HTTP exceptions to one JSON shape, and logs only what is the server's fault. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Api');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.bodyFor(exception);
    if (body.statusCode >= 500 && body.statusCode !== (HttpStatus.SERVICE_UNAVAILABLE as number)) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    if (response.headersSent) return;
    // A handler may have set another type (text/plain, text/csv) before it failed.
    response.status(body.statusCode).type('application/json').json(body);
  }

  private bodyFor(exception: unknown): ApiErrorBody {
    const of = (statusCode: number, message: string): ApiErrorBody => ({ statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message });
    if (exception instanceof ParseError || exception instanceof DocumentRejectedError) {
      return { ...of(HttpStatus.UNPROCESSABLE_ENTITY, exception.message), line: exception.line };
    }
    if (exception instanceof NotFoundError) return of(HttpStatus.NOT_FOUND, exception.message);
    if (exception instanceof InvalidInputError) return of(HttpStatus.BAD_REQUEST, exception.message);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      // @nestjs/terminus reports each dependency in `details`; keep that, in our shape.
      if (typeof response === 'object' && 'details' in response) {
        const details = (response as { details: Record<string, { status?: string }> }).details;
        const down = Object.entries(details)
          .filter(([, v]) => v.status !== 'up')
          .map(([k]) => k);
        return { ...of(status, `unhealthy: ${down.join(', ')}`), details };
      }
      // 5xx texts may carry internals: say only what kind of failure it was.
      if (status >= 500) return of(status, STATUS_CODES[status] ?? 'Internal Server Error');
      // A 4xx thrown with an object keeps its extra fields (e.g. `problems`), in our shape.
      const extra = typeof response === 'object' ? Object.fromEntries(Object.entries(response).filter(([k]) => !['stack', 'cause'].includes(k))) : {};
      return { ...extra, ...of(status, messageOf(response) || exception.message) };
    }
    return of(HttpStatus.INTERNAL_SERVER_ERROR, 'Internal Server Error');
  }
}
