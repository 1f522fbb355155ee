import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { ENV, resolveHmacSecret, type Env } from '#domain';
import { readCookie, setStrictCookie } from './form-cookies.util.js';

const FORM_COOKIE = 'tw_form';

/**
 * CSRF protection for the pages' forms that have no session (sign in, subscribe): a random value in a
 * SameSite=Strict, HttpOnly cookie and its HMAC in the form. Another site can neither read the form's token nor make
 * the browser send the cookie, so its POST fails. Every POST is also refused when its Origin is another site.
 */
@Injectable()
export class FormGuard {
  private readonly secret: string;
  readonly secure: boolean;
  private readonly origin: string;

  constructor(@Inject(ENV) env: Env) {
    this.secret = resolveHmacSecret(env);
    this.secure = env.publicUrl.startsWith('https:');
    this.origin = new URL(env.publicUrl).origin;
  }

  /** The token to put in a form; sets the cookie it belongs to when the browser has none yet. */
  issue(req: Request, res: Response): string {
    FormGuard.sendOrigin(res);
    let nonce = readCookie(req, FORM_COOKIE);
    if (!nonce || !/^[A-Za-z0-9_-]{43}$/.test(nonce)) {
      nonce = randomBytes(32).toString('base64url');
      setStrictCookie(res, FORM_COOKIE, nonce, { path: '/', secure: this.secure });
    }
    return this.sign(nonce);
  }

  /** Throws 403 unless the POST comes from our own pages with the token they were given. */
  verify(req: Request, presented: unknown): void {
    this.sameOrigin(req);
    const nonce = readCookie(req, FORM_COOKIE);
    if (!nonce || typeof presented !== 'string' || !equal(this.sign(nonce), presented)) {
      throw new ForbiddenException('Dit formulier is verlopen of kwam niet van deze site. Laad de pagina opnieuw en probeer het nog eens.');
    }
  }

  /**
   * A page with a form lets the browser name our origin when it posts: under the site-wide "no-referrer" Chrome
   * sends `Origin: null`, which cannot be told from a sandboxed page of another site.
   */
  static sendOrigin(res: Response): void {
    res.setHeader('Referrer-Policy', 'same-origin');
  }

  /** Refuses a state-changing request whose Origin names another site (browsers send it with every POST). */
  sameOrigin(req: Request): void {
    const origin = req.headers.origin;
    if (origin === undefined) return;
    const own = `${req.protocol}://${req.headers.host ?? ''}`;
    if (origin !== own && origin !== this.origin) throw new ForbiddenException('Dit formulier kwam niet van deze site.');
  }

  private sign(nonce: string): string {
    return createHmac('sha256', this.secret).update(`form|${nonce}`).digest('base64url');
  }
}

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
