import type { NextFunction, Request, Response } from 'express';
import { answersWithHtml } from './error-format.js';

const NUL = '\u0000';

function firstWithNul(query: Record<string, unknown>): string | null {
  for (const [key, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    if (key.includes(NUL) || values.some((v) => typeof v === 'string' && v.includes(NUL))) return key.replaceAll(NUL, '\\0');
  }
  return null;
}

/**
 * Refuses a NUL character in the path or in any query parameter, on every route (API, pages and feeds), before a
 * handler passes it on: PostgreSQL cannot take one in a text value and would answer with an error, not a result.
 * The answer names the parameter, in the route's format: the API's JSON error, or a page (`errorPage`) on the pages.
 */
export function refuseNulCharacters(errorPage: (title: string, message: string) => string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const field = /%00/i.test(req.path) ? 'the path' : firstWithNul(req.query);
    if (field === null) return next();
    const message = `${field} must not contain a NUL character`;
    if (answersWithHtml(req.path)) {
      res
        .status(400)
        .type('html')
        .send(errorPage('Ongeldige invoer', `Controleer ${field === 'the path' ? 'het adres' : `het veld “${field}”`}: ${message}.`));
      return;
    }
    res.status(400).json({ statusCode: 400, error: 'Bad Request', message });
  };
}
