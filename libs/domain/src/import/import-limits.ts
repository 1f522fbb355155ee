import { DocumentRejectedError } from './document-rejected.error.js';

/** The largest document accepted. A written-questions document is a few tens of kB; 5 MB leaves room for anything real. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** Refuses a text over MAX_DOCUMENT_BYTES (as UTF-8), naming its size and the limit; returns its size otherwise. */
export function assertDocumentSize(text: string): number {
  return assertDocumentByteSize(Buffer.byteLength(text, 'utf8'));
}

/** The same for a document's bytes as received. */
export function assertDocumentByteSize(bytes: number): number {
  if (bytes > MAX_DOCUMENT_BYTES)
    throw new DocumentRejectedError(`document is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_DOCUMENT_BYTES / 1048576} MB`);
  return bytes;
}
/**
 * The largest document POST /documents imports while the client waits. Parsing runs on the event loop: a 4.5 MB
 * document took 4.4 s, and every other request (/health too) waited with it. Anything larger goes the asynchronous
 * way (202 and the document inbox, imported by the worker), as `Prefer: respond-async` asks for.
 */
export const MAX_SYNC_IMPORT_BYTES = 256 * 1024;
