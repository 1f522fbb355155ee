import { Catch, HttpException, Inject, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { InvalidInputError, NotFoundError } from '#domain';
import { PageRenderer } from './page-renderer.js';

const INVALID_FIELD_LABELS: Record<string, string> = {
  asOf: 'de peildatum',
  from: 'de begindatum',
  to: 'de einddatum',
  dueFrom: 'de begindatum',
  dueTo: 'de einddatum',
  page: 'het paginanummer',
  status: 'de status',
  sort: 'de volgorde',
};

/** Errors on the public pages answer as a page in the site's frame, in Dutch, not as the API's JSON. */
@Catch()
export class PageExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Pages');

  constructor(@Inject(PageRenderer) private readonly pages: PageRenderer) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const [status, title, message] = this.describe(error);
    if (res.headersSent) return;
    res.status(status).type('html').send(this.pages.errorHtml(title, message));
  }

  private describe(error: unknown): [number, string, string] {
    if (error instanceof NotFoundError) return [404, 'Niet gevonden', 'Deze pagina bestaat niet, of wat je zoekt staat niet in termijnwacht.'];
    if (error instanceof InvalidInputError) {
      const field = INVALID_FIELD_LABELS[error.field] ?? `het veld “${error.field}”`;
      return [400, 'Ongeldige invoer', `Controleer ${field}: ${error.message.replace(/^[^:]+: /, '')}.`];
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      return [status, status === 404 ? 'Niet gevonden' : 'Er ging iets mis', status === 404 ? 'Deze pagina bestaat niet.' : error.message];
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return [500, 'Er ging iets mis', 'Deze pagina kon niet worden gemaakt. Probeer het later opnieuw.'];
  }
}
