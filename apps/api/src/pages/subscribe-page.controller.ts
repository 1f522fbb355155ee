import { Body, Controller, Inject, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { PUBLIC_FILTER_KEYS, SubscriptionInvalidError, SubscriptionLimitError, SubscriptionService, type SubscriptionRequest } from '#domain';
import { FormGuard } from './forms/form-guard.js';
import { PageExceptionFilter } from './render/page-exception.filter.js';
import { PageRenderer } from './render/page-renderer.js';
import type { PageView } from './render/page-view.js';

function noticeView(title: string, paragraphs: string[], problems: string[], back: string | null): PageView {
  return {
    template: 'notice',
    title,
    description: title,
    section: 'none',
    model: { title, paragraphs, problems, back },
    tables: [],
    charts: [],
    alternates: [],
    csvName: 'abonneren',
  };
}

// Only a path on this site: the form's "back" link must not become a redirect elsewhere.
function backLink(value: unknown): string | null {
  return typeof value === 'string' && /^\/[a-z0-9/_-]*$/i.test(value) && !value.startsWith('//') ? value : null;
}

/**
 * `POST /abonneren`: the subscribe form on a member's or ministry's page. The same double opt-in as
 * `POST /subscriptions` (SubscriptionService: pending until the link in the mail is followed), with a CSRF token
 * instead of a JSON body, and an answer as a page.
 */
@ApiExcludeController()
@Controller('abonneren')
@UseFilters(PageExceptionFilter)
export class SubscribePageController {
  constructor(
    @Inject(SubscriptionService) private readonly subscriptions: SubscriptionService,
    @Inject(FormGuard) private readonly forms: FormGuard,
    @Inject(PageRenderer) private readonly pages: PageRenderer,
  ) {}

  @Post()
  async subscribe(@Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    this.forms.verify(req, body?._csrf);
    const back = backLink(body.terug);
    const request: SubscriptionRequest = { email: body.email, digest: body.digest, rules: body.rules === undefined ? [] : [body.rules].flat() };
    for (const key of PUBLIC_FILTER_KEYS) if (body[key] !== undefined) request[key] = body[key];
    res.setHeader('Cache-Control', 'no-store');
    try {
      const view = await this.subscriptions.subscribe(request, { confirmed: false, createdBy: 'public' });
      const page = noticeView(
        'Bevestig uw aanmelding',
        [`We stuurden een e-mail aan ${view.email}. Volg de link daarin om de aanmelding te bevestigen; tot dan ontvangt u niets.`],
        [],
        back,
      );
      res
        .status(202)
        .type('html')
        .send(await this.pages.html(page));
    } catch (error) {
      if (error instanceof SubscriptionInvalidError) {
        const page = noticeView('Aanmelding niet gelukt', ['Controleer deze velden:'], error.problems, back);
        res
          .status(400)
          .type('html')
          .send(await this.pages.html(page));
        return;
      }
      if (error instanceof SubscriptionLimitError) {
        const page = noticeView(
          'Even wachten',
          [
            'Voor dit adres staan al te veel onbevestigde aanmeldingen open. Bevestig eerst een daarvan met de link in de e-mail, of probeer het morgen opnieuw.',
          ],
          [],
          back,
        );
        res
          .status(429)
          .type('html')
          .send(await this.pages.html(page));
        return;
      }
      throw error;
    }
  }
}
