import { ParseError } from '../contract/parsed-document.js';

/** Refuses what is no text at all: not a string, empty, or only whitespace. */
export function assertNonEmptyText(text: unknown): asserts text is string {
  if (typeof text !== 'string') throw new ParseError('the document is not text', null);
  if (!/\S/.test(text)) throw new ParseError('the document is empty: it holds no text at all', null);
}
