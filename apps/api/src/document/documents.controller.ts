import { BadRequestException, Controller, Get, HttpStatus, Param, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { DocumentImportService, DocumentIntake, MAX_SYNC_IMPORT_BYTES, SourceDocumentService, type AcceptedDocument, type ImportOutcome } from '#domain';
import type { Request, Response } from 'express';
import { RequireRole } from '../api-key/require-role.decorator.js';
import { PositiveIntPipe } from '../common/identifier.pipe.js';
import { NoQueryDto } from '../common/no-query.dto.js';
import { ApiErrorSchema } from '../openapi/api-error.schema.js';
import { DocumentUploadSchema, ImportResultSchema } from '../openapi/document.schema.js';
import { DocumentFileInterceptor } from './document-file.interceptor.js';
import { documentBytes, documentText, isBlank, type UploadedDocumentFile } from './document-text.util.js';
import { DocumentUploadQueryDto } from './document-upload.query.dto.js';

@ApiTags('documents')
@Controller('documents')
export class DocumentsController {
  constructor(
    private readonly importer: DocumentImportService,
    private readonly originals: SourceDocumentService,
    private readonly intake: DocumentIntake,
  ) {}

  @Post()
  @RequireRole('editor')
  @UseInterceptors(DocumentFileInterceptor)
  @ApiOperation({ summary: 'Parses a document and merges it into its question set' })
  @ApiConsumes('text/plain', 'multipart/form-data')
  @ApiBody({ type: DocumentUploadSchema, description: 'multipart: the field `file`; text/plain: the document itself' })
  @ApiCreatedResponse({ type: ImportResultSchema, description: 'A new question set' })
  @ApiOkResponse({ type: ImportResultSchema, description: 'An existing set was updated, or nothing changed' })
  @ApiUnprocessableEntityResponse({ type: ApiErrorSchema, description: 'Not a written-questions document; the message names the line' })
  @ApiPayloadTooLargeResponse({ type: ApiErrorSchema, description: 'Over 5 MB' })
  @ApiAcceptedResponse({
    description:
      'With Prefer: respond-async, or for a document over 256 KB: accepted into the document inbox (Location: /documents/inbox/:id), imported by the worker',
  })
  async upload(
    @Req() request: Request,
    @UploadedFile() file: UploadedDocumentFile | undefined,
    @Query() query: DocumentUploadQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportOutcome | AcceptedDocument> {
    const { bytes, filename } = documentBytes(request, file);
    if (isBlank(bytes)) throw new BadRequestException('body: the document is empty');
    // Prefer: respond-async (RFC 7240): 202 now; the worker decodes and imports it from the ingest queue (see GET
    // /documents/inbox/:id). A document over MAX_SYNC_IMPORT_BYTES goes that way unasked: decoding, storing and
    // parsing it here would hold up every other request.
    const asked = /\brespond-async\b/i.test(request.get('prefer') ?? '');
    if (asked || bytes.byteLength > MAX_SYNC_IMPORT_BYTES) {
      const accepted = await this.intake.accept(bytes, filename ?? query.filename ?? null);
      response.status(HttpStatus.ACCEPTED).location(`/documents/inbox/${accepted.inboxId}`);
      if (asked) response.setHeader('Preference-Applied', 'respond-async');
      return accepted;
    }
    const text = documentText(bytes);
    if (text.trim() === '') throw new BadRequestException('body: the document is empty');
    const outcome = await this.importer.importText(text, { filename: filename ?? query.filename ?? null });
    response.status(outcome.outcome === 'imported' ? HttpStatus.CREATED : HttpStatus.OK);
    if (outcome.outcome === 'imported') response.location(`/questions/${encodeURIComponent(outcome.key)}`);
    return outcome;
  }

  @Get(':id')
  @ApiOperation({ summary: 'The stored original text of an imported document, verbatim' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'The document text', schema: { type: 'string' } })
  @ApiNotFoundResponse({ type: ApiErrorSchema })
  async original(
    @Param('id', new PositiveIntPipe('id')) id: number,
    @Query() _query: NoQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const doc = await this.originals.original(id);
    response.setHeader('Content-Type', 'text/plain; charset=utf-8');
    response.setHeader('X-Question-Set', doc.questionSetKey);
    response.setHeader('X-Content-Sha256', doc.contentHash);
    // Plain text, never sniffed and rendered as HTML by a browser.
    response.setHeader('X-Content-Type-Options', 'nosniff');
    return doc.text;
  }
}
