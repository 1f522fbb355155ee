import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { DocumentInboxService, type InboxState } from '#domain';
import { RequireRole } from '../api-key/require-role.decorator.js';
import { PositiveIntPipe } from '../common/identifier.pipe.js';

/** The state of a document accepted asynchronously (POST /documents with Prefer: respond-async). */
@Controller('documents/inbox')
export class DocumentInboxController {
  constructor(private readonly inbox: DocumentInboxService) {}

  @Get(':id')
  @RequireRole('editor')
  async state(@Param('id', new PositiveIntPipe('id')) id: number): Promise<InboxState> {
    const state = await this.inbox.state(id);
    if (!state) throw new NotFoundException(`no document ${id} in the inbox`);
    return state;
  }
}
