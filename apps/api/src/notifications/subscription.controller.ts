import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  HttpException,
  HttpStatus,
  NotFoundException,
  Param,
  Post,
  Query,
  Req,
  Res,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { SubscriptionInvalidError, SubscriptionLimitError, SubscriptionService, type SubscriptionStatus } from '#domain';
import type { Request, Response } from 'express';
import { RequireRole } from '../api-key/require-role.decorator.js';
import { htmlPage } from './html-page.util.js';
import { PositiveIntPipe } from '../common/identifier.pipe.js';
import { ApiErrorSchema } from '../openapi/api-error.schema.js';
import { SubscriptionAcceptedSchema, SubscriptionProblemsSchema, SubscriptionRequestSchema } from '../openapi/subscription.schema.js';

/** The token a confirmation page's form posts (urlencoded `token=`). */
function tokenFrom(body: unknown): unknown {
  return typeof body === 'object' && body !== null && 'token' in body ? body.token : undefined;
}

const STATUSES: readonly SubscriptionStatus[] = ['pending', 'active', 'unsubscribed'];

/**
 * Subscriptions: anyone may subscribe (double opt-in), the links in every mail confirm and unsubscribe without
 * logging in (HMAC-signed tokens), and an admin key lists and removes them.
 */
@ApiTags('subscriptions')
@Controller('subscriptions')
export class SubscriptionController {
  constructor(private readonly subscriptions: SubscriptionService) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Subscribes an address (double opt-in): a confirmation mail is sent; nothing else until its link is followed' })
  @ApiConsumes('application/json')
  @ApiBody({ type: SubscriptionRequestSchema })
  @ApiAcceptedResponse({ type: SubscriptionAcceptedSchema })
  @ApiBadRequestResponse({ type: SubscriptionProblemsSchema, description: 'Every problem with the request, each naming its field' })
  @ApiUnsupportedMediaTypeResponse({ type: ApiErrorSchema, description: 'Not JSON: this endpoint takes application/json only' })
  @ApiTooManyRequestsResponse({ type: ApiErrorSchema, description: 'Three unconfirmed subscriptions for this mailbox today, or too many from this client' })
  async subscribe(@Body() body: unknown, @Req() req: Request): Promise<{ id: number; status: SubscriptionStatus; message: string }> {
    // JSON only: a form post from any web page (text/plain, urlencoded, multipart) needs no CORS preflight, so it
    // would let every visitor's browser subscribe strangers. The pages' own form carries a CSRF token instead.
    if (!req.is('application/json')) throw new UnsupportedMediaTypeException('Content-Type must be application/json');
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new BadRequestException('expected a JSON object { email, ministry?, minister?, submitter?, party?, topic?, rules?, digest? }');
    try {
      const view = await this.subscriptions.subscribe(body, { confirmed: false, createdBy: 'public' });
      return { id: view.id, status: view.status, message: `Bevestig het abonnement met de link in de e-mail aan ${view.email}. Tot dan ontvangt u niets.` };
    } catch (error) {
      if (error instanceof SubscriptionInvalidError)
        throw new BadRequestException({ statusCode: 400, message: 'invalid subscription', problems: error.problems });
      if (error instanceof SubscriptionLimitError) throw new HttpException(error.message, HttpStatus.TOO_MANY_REQUESTS);
      throw error;
    }
  }

  /** The link in the confirmation mail: a page with a button. A GET or HEAD (a mail scanner) confirms nothing. */
  @Get('confirm')
  @ApiOperation({ summary: 'Page behind the confirmation link: shows a button that POSTs the confirmation; changes nothing' })
  @ApiProduces('text/html')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  // Its button POSTs back here: under the site-wide no-referrer Chromium sends `Origin: null`, which the Origin check refuses.
  @Header('Referrer-Policy', 'same-origin')
  async confirmPage(@Query('token') token: unknown, @Res({ passthrough: true }) res: Response): Promise<string> {
    const state = await this.subscriptions.linkState('confirm', token);
    if (state === 'pending') {
      return htmlPage('Abonnement bevestigen', ['Bevestig dat u de meldingen en overzichten van termijnwacht wilt ontvangen.'], {
        action: 'confirm',
        fields: { token: String(token) },
        button: 'Abonnement bevestigen',
      });
    }
    return this.confirmResult(state === 'active' ? 'already-confirmed' : state, res);
  }

  @Post('confirm')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Confirms a subscription (the button on the confirmation page); token in the form body or the query' })
  @ApiProduces('text/html')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async confirm(@Body() body: unknown, @Query('token') queryToken: unknown, @Res({ passthrough: true }) res: Response): Promise<string> {
    const { result } = await this.subscriptions.confirm(tokenFrom(body) ?? queryToken);
    return this.confirmResult(result, res);
  }

  /** The unsubscribe link in every mail: a page with a button; only its POST (or a mail client's one-click POST) unsubscribes. */
  @Get('unsubscribe')
  @ApiOperation({ summary: 'Page behind the unsubscribe link: shows a button that POSTs the unsubscription; changes nothing' })
  @ApiProduces('text/html')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  // Its button POSTs back here: under the site-wide no-referrer Chromium sends `Origin: null`, which the Origin check refuses.
  @Header('Referrer-Policy', 'same-origin')
  async unsubscribePage(@Query('token') token: unknown, @Res({ passthrough: true }) res: Response): Promise<string> {
    const state = await this.subscriptions.linkState('unsubscribe', token);
    if (state === 'invalid') return this.invalidUnsubscribeLink(res);
    if (state === 'unsubscribed') return htmlPage('Afgemeld', ['Dit abonnement is al afgemeld; u ontvangt er geen berichten meer voor.']);
    // The token stays in the URL: the same URL is the List-Unsubscribe target, which mail clients POST to (RFC 8058).
    return htmlPage('Afmelden', ['Wilt u geen berichten van termijnwacht meer ontvangen voor dit abonnement?'], {
      action: `unsubscribe?token=${encodeURIComponent(String(token))}`,
      fields: { 'List-Unsubscribe': 'One-Click' },
      button: 'Afmelden',
    });
  }

  /** RFC 8058 one-click unsubscribe (mail clients POST `List-Unsubscribe=One-Click` to the List-Unsubscribe URL), and the page's button. */
  @Post('unsubscribe')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Unsubscribes: RFC 8058 one-click POST to the List-Unsubscribe URL, or the button on the unsubscribe page' })
  @ApiProduces('text/html')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  unsubscribeOneClick(@Query('token') token: unknown, @Res({ passthrough: true }) res: Response): Promise<string> {
    return this.unsubscribe(token, res);
  }

  @Get()
  @RequireRole('admin')
  async list(@Query('status') status?: string) {
    if (status !== undefined && !STATUSES.includes(status as SubscriptionStatus)) throw new BadRequestException(`status must be one of ${STATUSES.join(', ')}`);
    return { items: await this.subscriptions.list((status as SubscriptionStatus) ?? null) };
  }

  @Delete(':id')
  @RequireRole('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@Param('id', new PositiveIntPipe('id')) id: number): Promise<void> {
    if (!(await this.subscriptions.remove(id))) throw new NotFoundException(`no subscription ${id}`);
  }

  private confirmResult(result: 'confirmed' | 'already-confirmed' | 'unsubscribed' | 'expired' | 'invalid', res: Response): string {
    switch (result) {
      case 'confirmed':
        return htmlPage('Abonnement bevestigd', [
          'Dank u. Vanaf nu ontvangt u de meldingen en overzichten die u koos.',
          'Elke e-mail bevat een link om u af te melden.',
        ]);
      case 'already-confirmed':
        return htmlPage('Al bevestigd', ['Dit abonnement was al bevestigd; er is niets veranderd.']);
      case 'unsubscribed':
        res.status(HttpStatus.GONE);
        return htmlPage('Afgemeld', [
          'Dit abonnement is afgemeld en kan niet opnieuw worden bevestigd. Meld u opnieuw aan als u weer berichten wilt ontvangen.',
        ]);
      case 'expired':
        res.status(HttpStatus.GONE);
        return htmlPage('Link verlopen', [
          'Deze bevestigingslink is verlopen; het abonnement is niet bevestigd en u ontvangt niets.',
          'Meld u opnieuw aan als u de berichten wilt ontvangen: u krijgt dan een nieuwe link.',
        ]);
      case 'invalid':
        res.status(HttpStatus.BAD_REQUEST);
        return htmlPage('Ongeldige link', ['Deze bevestigingslink is niet geldig. Controleer of u de hele link uit de e-mail gebruikte.']);
    }
  }

  private invalidUnsubscribeLink(res: Response): string {
    res.status(HttpStatus.BAD_REQUEST);
    return htmlPage('Ongeldige link', ['Deze afmeldlink is niet geldig. Controleer of u de hele link uit de e-mail gebruikte.']);
  }

  private async unsubscribe(token: unknown, res: Response): Promise<string> {
    const { result, email } = await this.subscriptions.unsubscribe(token);
    if (result === 'invalid') return this.invalidUnsubscribeLink(res);
    const who = email ? `${email} ontvangt` : 'U ontvangt';
    return htmlPage('Afgemeld', [
      `${who} geen berichten meer van termijnwacht voor dit abonnement.`,
      'Berichten die nog klaarstonden, worden niet meer verstuurd.',
    ]);
  }
}
