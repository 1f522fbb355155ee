import { createHash } from 'node:crypto';

/** Identifies a document's exact text, so importing the same file twice is recognised before parsing. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function shortHash(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 16);
}
