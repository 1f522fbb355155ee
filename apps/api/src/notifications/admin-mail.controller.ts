import {
  BadRequestException,
  ConflictException,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  NotFoundException,
  Param,
  Post,
  Query,
  ServiceUnavailableException,
} from '@nestjs/common';
import { MAIL_STATUSES, MailAdminService, type MailStatus } from '#domain';
import { RequireRole } from '../api-key/require-role.decorator.js';
import { PositiveIntPipe } from '../common/identifier.pipe.js';

/** The mail outbox for admins: what failed (after all retries) and a retry that sends it once more. */
@Controller('admin/mail')
@RequireRole('admin')
export class AdminMailController {
  constructor(private readonly mail: MailAdminService) {}

  @Get()
  async list(@Query('state') state?: string, @Query('limit') limit?: string) {
    if (state !== undefined && !MAIL_STATUSES.includes(state as MailStatus)) throw new BadRequestException(`state must be one of ${MAIL_STATUSES.join(', ')}`);
    if (limit !== undefined && !/^\d{1,4}$/.test(limit)) throw new BadRequestException('limit must be a number from 1 to 1000');
    return { items: await this.mail.list((state as MailStatus) ?? null, limit === undefined ? 100 : Number(limit)) };
  }

  @Post(':id/retry')
  @HttpCode(HttpStatus.ACCEPTED)
  async retry(@Param('id', new PositiveIntPipe('id')) id: number): Promise<{ id: number; result: 'retried' }> {
    const result = await this.mail.retry(id);
    if (result === 'not-found') throw new NotFoundException(`no mail ${id}`);
    if (result === 'not-failed') throw new ConflictException(`mail ${id} is not failed; only failed mail can be retried`);
    if (result === 'queue-unavailable') throw new ServiceUnavailableException('the job queue (Redis) is not reachable; try again when it is');
    return { id, result };
  }
}
