import type { NextFunction, Request, Response } from 'express';

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
 * The answer has the API's error shape and names the parameter.
 */
export function refuseNulCharacters(req: Request, res: Response, next: NextFunction): void {
  const field = /%00/i.test(req.path) ? 'the path' : firstWithNul(req.query as Record<string, unknown>);
  if (field === null) return next();
  res.status(400).json({ statusCode: 400, error: 'Bad Request', message: `${field} must not contain a NUL character` });
}
