import { ParseError } from '../contract/parsed-document.js';

// A document arrives as bytes (a file, an upload). Accepted: UTF-8, with or without a byte-order mark, and UTF-16
// little- or big-endian with a byte-order mark (Word and Notepad write "Unicode" text so). Anything else is refused with
// the line of the first byte that is not UTF-8 and the encodings we accept: decoding Latin-1 or Windows-1252 bytes as
// UTF-8 would store names with replacement characters ("Fran�ois"), and guessing a legacy code page is guessing.

export const ACCEPTED_ENCODINGS = 'UTF-8 (with or without a byte-order mark) or UTF-16 LE/BE with a byte-order mark';

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. One pass, no allocation. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead bytes and the range the first continuation byte may take (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) [length, low, high] = [3, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf];
    else if (b >= 0xf0 && b <= 0xf4) [length, low, high] = [4, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf];
    else return i;
    if (i + length > bytes.length) return i;
    if (bytes[i + 1] < low || bytes[i + 1] > high) return i;
    for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i;
    i += length;
  }
  return -1;
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** UTF-16 without a byte-order mark: text of Latin letters has a NUL in every other byte. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 8) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = sample / 2;
  return Math.max(even, odd) > pairs * 0.4 && Math.min(even, odd) < pairs * 0.05;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  if ((bytes.length - 2) % 2 !== 0)
    throw new ParseError(
      `the document starts with a UTF-16 byte-order mark but has an odd number of bytes: it is cut off or not UTF-16; send ${ACCEPTED_ENCODINGS}`,
      null,
    );
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
  } catch {
    throw new ParseError(
      `the document starts with a UTF-16 byte-order mark but is not valid UTF-16 (a broken surrogate pair); send ${ACCEPTED_ENCODINGS}`,
      null,
    );
  }
}

/** The text of a document's bytes, decoded by its byte-order mark; a ParseError naming the line for anything else. */
export function decodeDocumentBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  if (looksLikeBomlessUtf16(body)) {
    throw new ParseError(`the document looks like UTF-16 without a byte-order mark (every other byte is NUL); send ${ACCEPTED_ENCODINGS}`, null);
  }
  const invalid = firstInvalidUtf8(body);
  if (invalid >= 0) {
    const byte = body[invalid].toString(16).toUpperCase().padStart(2, '0');
    throw new ParseError(
      `the document is not valid UTF-8: byte 0x${byte} cannot stand there (Latin-1 or Windows-1252 text, or a binary file?); send ${ACCEPTED_ENCODINGS}`,
      lineOfOffset(body, invalid),
    );
  }
  return new TextDecoder('utf-8').decode(body);
}
