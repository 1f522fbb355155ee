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
 * The document of a POST /documents request: a text/plain body, or the `file` field of a multipart form, as bytes;
 * decoded from them by the byte-order mark (UTF-8, UTF-16 LE/BE; anything else is a ParseError → 422 naming the
 * line and the accepted encodings). The size limits are the body parser's and multer's (5 MB → 413).
 */
export function documentBytes(request: Request, file: UploadedDocumentFile | undefined): { bytes: Buffer; filename: string | null } {
  if (request.is('multipart/form-data')) {
    if (!file) throw new BadRequestException("file: a multipart request must carry the document in the field 'file'");
    return { bytes: file.buffer, filename: file.originalname || null };
  }
  if (!request.is('text/plain')) {
    throw new UnsupportedMediaTypeException("send the document as text/plain, or as multipart/form-data with the field 'file'");
  }
  const body: unknown = request.body;
  const bytes = Buffer.isBuffer(body) ? body : typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.alloc(0);
  return { bytes, filename: null };
}

/** The document as text, decoded by its byte-order mark (see above). */
export function documentText(bytes: Buffer): string {
  return decodeDocumentBytes(bytes);
}

/** True when the bytes hold nothing but white space (ASCII, or a byte-order mark); stops at the first other byte. */
export function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b > 0x20 && b !== 0xef && b !== 0xbb && b !== 0xbf && b !== 0xfe && b !== 0xff && b !== 0x00) return false;
  return true;
}
