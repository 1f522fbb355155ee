import { BadRequestException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request } from 'express';

/** What multer hands over for the `file` field (memory storage). */
export interface UploadedDocumentFile {
  buffer: Buffer;
  originalname: string;
  size: number;
}

/**
 * The document text of a POST /documents request: a text/plain body, or the `file` field of a multipart form
 * (read as UTF-8). The size limits are the body parser's and multer's (5 MB → 413).
 */
export function documentText(request: Request, file: UploadedDocumentFile | undefined): { text: string; filename: string | null } {
  if (request.is('multipart/form-data')) {
    if (!file) throw new BadRequestException("file: a multipart request must carry the document in the field 'file'");
    return { text: file.buffer.toString('utf8'), filename: file.originalname || null };
  }
  if (!request.is('text/plain')) {
    throw new UnsupportedMediaTypeException("send the document as text/plain, or as multipart/form-data with the field 'file'");
  }
  const text = typeof request.body === 'string' ? request.body : '';
  return { text, filename: null };
}
