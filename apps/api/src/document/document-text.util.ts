import { BadRequestException, UnsupportedMediaTypeException } from '@nestjs/common';
import { decodeDocumentBytes } from '#parsing';
import type { Request } from 'express';

/** What multer hands over for the `file` field (memory storage). */
export interface UploadedDocumentFile {
  buffer: Buffer;
  originalname: string;
  size: number;
}

/**
 * The document text of a POST /documents request: a text/plain body, or the `file` field of a multipart form, both
 * decoded from their bytes by the byte-order mark (UTF-8, UTF-16 LE/BE; anything else is a ParseError → 422 naming the
 * line and the accepted encodings). The size limits are the body parser's and multer's (5 MB → 413).
 */
export function documentText(request: Request, file: UploadedDocumentFile | undefined): { text: string; filename: string | null } {
  if (request.is('multipart/form-data')) {
    if (!file) throw new BadRequestException("file: a multipart request must carry the document in the field 'file'");
    return { text: decodeDocumentBytes(file.buffer), filename: file.originalname || null };
  }
  if (!request.is('text/plain')) {
    throw new UnsupportedMediaTypeException("send the document as text/plain, or as multipart/form-data with the field 'file'");
  }
  const body: unknown = request.body;
  const text = Buffer.isBuffer(body) ? decodeDocumentBytes(body) : typeof body === 'string' ? body : '';
  return { text, filename: null };
}
