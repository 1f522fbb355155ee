import { ParseError } from '../contract/parsed-document.js';
import type { PreparedText } from './prepare-text.util.js';

// The share of control characters (or U+FFFD replacement characters from a wrong decoding) above which a text is
// refused as binary. A NUL byte alone is enough.
const MAX_SUSPECT_SHARE = 0.1;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Refuses a binary file: NUL bytes (naming the line of the first), or mostly control characters. */
export function assertNotBinary(prepared: PreparedText): void {
  if (prepared.suspectChars === 0) return;
  const nul = prepared.text.indexOf('\u0000');
  if (nul >= 0) {
    throw new ParseError('the document contains NUL bytes: it is a binary file, not a text document', lineAt(prepared.text, nul));
  }
  if (prepared.suspectChars > prepared.text.length * MAX_SUSPECT_SHARE) {
    throw new ParseError('the document is mostly control or unreadable characters: it is binary or in the wrong encoding', null);
  }
}
