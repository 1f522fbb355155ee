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
  Res,
} from '@nestjs/common';
import { SubscriptionInvalidError, SubscriptionLimitError, SubscriptionService, type SubscriptionRequest, type SubscriptionStatus } from '#domain';
import type { Response } from 'express';
import { RequireRole } from '../api-key/require-role.decorator.js';
import { htmlPage } from './html-page.util.js';
import { PositiveIntPipe } from '../common/identifier.pipe.js';

const STATUSES: readonly SubscriptionStatus[] = ['pending', 'active', 'unsubscribed'];

/**
 * Subscriptions: anyone may subscribe (double opt-in), the links in every mail confirm and unsubscribe without
 * logging in (HMAC-signed tokens), and an admin key lists and removes them.
 */
@Controller('subscriptions')
export class SubscriptionController {
  constructor(private readonly subscriptions: SubscriptionService) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  async subscribe(@Body() body: unknown): Promise<{ id: number; status: SubscriptionStatus; message: string }> {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new BadRequestException('expected a JSON object { email, ministry?, minister?, submitter?, party?, topic?, rules?, digest? }');
    try {
      const view = await this.subscriptions.subscribe(body as SubscriptionRequest, { confirmed: false, createdBy: 'public' });
      return { id: view.id, status: view.status, message: `Bevestig het abonnement met de link in de e-mail aan ${view.email}. Tot dan ontvangt u niets.` };
    } catch (error) {
      if (error instanceof SubscriptionInvalidError) throw new BadRequestException({ statusCode: 400, message: 'invalid subscription', problems: error.problems });
      if (error instanceof SubscriptionLimitError) throw new HttpException(error.message, HttpStatus.TOO_MANY_REQUESTS);
      throw error;
    }
  }

  @Get('confirm')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async confirm(@Query('token') token: unknown, @Res({ passthrough: true }) res: Response): Promise<string> {
    const { result } = await this.subscriptions.confirm(token);
    switch (result) {
      case 'confirmed':
        return htmlPage('Abonnement bevestigd', ['Dank u. Vanaf nu ontvangt u de meldingen en overzichten die u koos.', 'Elke e-mail bevat een link om u af te melden.']);
      case 'already-confirmed':
        return htmlPage('Al bevestigd', ['Dit abonnement was al bevestigd; er is niets veranderd.']);
      case 'unsubscribed':
        res.status(HttpStatus.GONE);
        return htmlPage('Afgemeld', ['Dit abonnement is afgemeld en kan niet opnieuw worden bevestigd. Meld u opnieuw aan als u weer berichten wilt ontvangen.']);
      case 'invalid':
        res.status(HttpStatus.BAD_REQUEST);
        return htmlPage('Ongeldige link', ['Deze bevestigingslink is niet geldig. Controleer of u de hele link uit de e-mail gebruikte.']);
    }
  }

  @Get('unsubscribe')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  unsubscribeByLink(@Query('token') token: unknown, @Res({ passthrough: true }) res: Response): Promise<string> {
    return this.unsubscribe(token, res);
  }

  /** RFC 8058 one-click unsubscribe: mail clients POST to the List-Unsubscribe URL. */
  @Post('unsubscribe')
  @HttpCode(HttpStatus.OK)
  @Header('Content-Type', 'text/html; charset=utf-8')
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

  private async unsubscribe(token: unknown, res: Response): Promise<string> {
    const { result, email } = await this.subscriptions.unsubscribe(token);
    if (result === 'invalid') {
      res.status(HttpStatus.BAD_REQUEST);
      return htmlPage('Ongeldige link', ['Deze afmeldlink is niet geldig. Controleer of u de hele link uit de e-mail gebruikte.']);
    }
    const who = email ? `${email} ontvangt` : 'U ontvangt';
    return htmlPage('Afgemeld', [`${who} geen berichten meer van termijnwacht voor dit abonnement.`, 'Berichten die nog klaarstonden, worden niet meer verstuurd.']);
  }
}
