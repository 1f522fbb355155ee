import type { Request, Response } from 'express';

/** One cookie's value from the request's Cookie header (no cookie-parser: two cookies are all the pages use). */
export function readCookie(req: Request, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return null;
}

/** A cookie no script can read and no other site can make the browser send: HttpOnly, SameSite=Strict; Secure over https. */
export function setStrictCookie(res: Response, name: string, value: string, options: { path: string; maxAgeMs?: number; secure: boolean }): void {
  res.cookie(name, value, {
    httpOnly: true,
    sameSite: 'strict',
    secure: options.secure,
    path: options.path,
    ...(options.maxAgeMs ? { maxAge: options.maxAgeMs } : {}),
  });
}

export function clearStrictCookie(res: Response, name: string, options: { path: string; secure: boolean }): void {
  res.clearCookie(name, { httpOnly: true, sameSite: 'strict', secure: options.secure, path: options.path });
}
