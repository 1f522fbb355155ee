import { Body, Controller, ForbiddenException, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  CommitmentService,
  csrfMatches,
  NotFoundError,
  EDITOR_SESSION_HOURS,
  EditorSessionService,
  POLICY,
  ReviewQueueService,
  type EditorSession,
  type Policy,
} from '#domain';
import { clearStrictCookie, readCookie, setStrictCookie } from '../forms/form-cookies.util.js';
import { FormGuard } from '../forms/form-guard.js';
import { PageExceptionFilter } from '../render/page-exception.filter.js';
import { PageRenderer } from '../render/page-renderer.js';
import { reviewChange } from './review-change.util.js';
import { reviewLoginView, reviewView } from './review.view.js';
import { PageRequestPipe, type PageRequest } from '../render/page-request.pipe.js';
import { today } from '../../common/today.util.js';

const SESSION_COOKIE = 'tw_session';
// The cookie goes only to the review pages, nowhere else on the site.
const COOKIE_PATH = '/redactie';
const QUEUE_PAGE = 50;

/** How a change made on this page is signed in the commitment's history (the API writes "name (key N)"). */
function who(session: EditorSession): string {
  return `${session.principal.name} (key ${session.principal.id}, redactiepagina)`;
}

/**
 * `/redactie`: the editors' review page. Sign in with an API key (a server-side session in an HttpOnly,
 * SameSite=Strict cookie), review the queue of extracted commitments, sign out. Every POST carries the session's
 * CSRF token; every change goes through CommitmentService.change, as PATCH /commitments/:id does.
 */
@ApiExcludeController()
@Controller('redactie')
@UseFilters(PageExceptionFilter)
export class ReviewPageController {
  constructor(
    @Inject(EditorSessionService) private readonly sessions: EditorSessionService,
    @Inject(ReviewQueueService) private readonly queue: ReviewQueueService,
    @Inject(CommitmentService) private readonly commitments: CommitmentService,
    @Inject(FormGuard) private readonly forms: FormGuard,
    @Inject(PageRenderer) private readonly pages: PageRenderer,
    @Inject(POLICY) private readonly policy: Policy,
  ) {}

  @Get()
  async page(@Query(PageRequestPipe) page: PageRequest, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    FormGuard.sendOrigin(res);
    const { query, asOf } = page;
    const session = await this.sessions.resolve(readCookie(req, SESSION_COOKIE));
    if (!session) {
      const message = query.uitgelogd ? 'U bent uitgelogd.' : '';
      return this.pages.send(res, reviewLoginView(this.forms.issue(req, res), message), query);
    }
    const scope = query.scope ?? 'open';
    const queue = await this.queue.queue(asOf, scope);
    // A screenful at a time, the most doubtful first; each is read with its history.
    const items = await Promise.all(queue.slice(0, QUEUE_PAGE).map((c) => this.commitments.get(c.id, asOf)));
    const done = /^(\d+)-([a-z]+)$/.exec(query.gedaan ?? '');
    await this.pages.send(
      res,
      reviewView({
        principal: session.principal,
        csrfToken: session.csrfToken,
        scope,
        asOf,
        items,
        total: queue.length,
        done: done ? { id: Number(done[1]), action: done[2] } : null,
      }),
      query,
    );
  }

  @Post('inloggen')
  async signIn(@Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    this.forms.verify(req, body?._csrf);
    const opened = typeof body.apiKey === 'string' ? await this.sessions.signIn(body.apiKey) : null;
    if (!opened) {
      res.status(401).setHeader('Cache-Control', 'no-store');
      res.type('html').send(await this.pages.html(reviewLoginView(this.forms.issue(req, res), 'Deze API-sleutel is onbekend of ingetrokken.')));
      return;
    }
    setStrictCookie(res, SESSION_COOKIE, opened.token, { path: COOKIE_PATH, maxAgeMs: EDITOR_SESSION_HOURS * 3600_000, secure: this.forms.secure });
    res.redirect(303, '/redactie');
  }

  @Post('uitloggen')
  async signOut(@Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const token = readCookie(req, SESSION_COOKIE);
    await this.requireSession(req, token, body);
    await this.sessions.signOut(token);
    clearStrictCookie(res, SESSION_COOKIE, { path: COOKIE_PATH, secure: this.forms.secure });
    res.redirect(303, '/redactie?uitgelogd=1');
  }

  @Post('toezeggingen/:id')
  async change(@Param('id') id: string, @Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const session = await this.requireSession(req, readCookie(req, SESSION_COOKIE), body);
    if (!/^\d{1,9}$/.test(id)) throw new NotFoundError(`no commitment ${id}`);
    const { action, change } = reviewChange(body);
    await this.commitments.change(Number(id), change, who(session), today(this.policy));
    res.redirect(303, `/redactie?gedaan=${id}-${action}#toezegging-${id}`);
  }

  private async requireSession(req: Request, token: string | null, body: Record<string, unknown>): Promise<EditorSession> {
    this.forms.sameOrigin(req);
    const session = await this.sessions.resolve(token);
    if (!session) throw new ForbiddenException('U bent niet (meer) ingelogd. Log opnieuw in op /redactie.');
    if (!csrfMatches(session.csrfToken, body?._csrf))
      throw new ForbiddenException('Dit formulier is verlopen of kwam niet van deze site. Laad de pagina opnieuw.');
    return session;
  }
}
