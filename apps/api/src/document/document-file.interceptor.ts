import { BadRequestException, type CallHandler, type ExecutionContext, type NestInterceptor, type Type } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { MAX_DOCUMENT_BYTES } from '#domain';
import type { Observable } from 'rxjs';

const MulterFileInterceptor: Type<NestInterceptor> = FileInterceptor('file', { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 10 } });

/**
 * multer for the `file` field of POST /documents. Its own 400s ("Unexpected field", "Multipart: Malformed part
 * header") say nothing of where the fault is; every 400 of the API names its field, so these name the body.
 */
export class DocumentFileInterceptor extends MulterFileInterceptor {
  override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return (await super.intercept(context, next)) as Observable<unknown>;
    } catch (error) {
      if (error instanceof BadRequestException) throw new BadRequestException(`body: the multipart form is malformed: ${error.message}`);
      throw error;
    }
  }
}
