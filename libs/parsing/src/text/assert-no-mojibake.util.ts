import { ParseError } from '../contract/parsed-document.js';
import { quoteExcerpt } from './quote-excerpt.util.js';

// UTF-8 text that was once decoded as Latin-1 or Windows-1252 and saved again reads "Ã©" for "é", "Ã«" for "ë",
// "â€™" for "’", "Â " for a non-breaking space. Such a document is valid UTF-8, so only its characters betray it; it is
// refused (names like "AndrÃ© Flach" would otherwise be stored as new people). The sequences below do not occur in
// Dutch text: a capital Ã or Â followed by a Latin-1 sign, or "â€" (the lead of every cp1252 mojibake of U+2000–U+20FF;
// "â" and a C1 control character when it was read as Latin-1 proper).
// It runs on the prepared text, where a non-breaking space is a space: "Ã " is a mojibake "à", "Â " one of U+00A0.
// U+FFFD, the replacement character, means bytes were decoded as UTF-8 that were not: refused as well.
const MOJIBAKE =
  /Ã[ \u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|â€|â[\u0080-\u009f]|Â[ \u00a0-\u00bf]|\ufffd/;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Refuses text with a mojibake sequence or a replacement character, naming the line and quoting it. */
export function assertNoMojibake(text: string): void {
  const found = MOJIBAKE.exec(text);
  if (!found) return;
  const line = lineAt(text, found.index);
  const lineStart = text.lastIndexOf('\n', found.index) + 1;
  const lineEnd = text.indexOf('\n', found.index);
  const excerpt = quoteExcerpt(text.slice(Math.max(lineStart, found.index - 30), lineEnd < 0 ? found.index + 40 : Math.min(lineEnd, found.index + 40)));
  if (found[0] === '\ufffd') {
    throw new ParseError(
      `the document holds the replacement character U+FFFD in ${excerpt}: it was decoded from bytes that are not UTF-8; send the original file in UTF-8`,
      line,
    );
  }
  throw new ParseError(
    `the document is in a damaged encoding: "${found[0]}" in ${excerpt} is UTF-8 read as Latin-1/Windows-1252 (mojibake, e.g. "Ã©" for "é", "â€™" for "’"); send the original UTF-8 file`,
    line,
  );
}
