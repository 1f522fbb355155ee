// Footnote numbers glued to the end of a line: "opslaat?1" → "opslaat?", "gemaakt.6" → "gemaakt.",
// "Arriva?1, 2" → "Arriva?", "Bikker-Van den Hil.2 3" → "Bikker-Van den Hil.", "tong-tAC»1?" → "tong-tAC»?".
// Conservative on purpose: only at the END of a line (= paragraph), only 1–2 digit numbers (optionally a short
// list joined by ", ", " " or " en "), and only right after ? ! . » ” " or ) with no space between (not after ’,
// which is also the apostrophe of "de jaren ’90"). A number
// after "." preceded by a digit ("artikel 5.4") is kept, and digits glued to a letter ("anderen2 dat",
// "MY2022") are always kept: inside a sentence or after a letter we cannot tell a marker from content.
// The caller applies this only to listing documents and to page documents that carry a footnote list.

const CLOSERS = '?!.»”")';
// "nr.9", "art.26": a number glued to one of these abbreviations is content, not a marker.
const ABBREVIATIONS = new Set(['nr', 'nrs', 'art', 'artt', 'blz', 'p', 'pag', 'no', 'lid', 'hfd', 'par']);
const CLOSING_QUOTES = '»”"';
const MAX_GROUPS = 6;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Index where a 1–2 digit number ends at `end` (exclusive) starts, or -1. */
function numberStart(line: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < 3 && isDigit(line.charCodeAt(start - 1))) start--;
  const length = end - start;
  if (length < 1 || length > 2 || line[start] === '0') return -1;
  if (start > 0 && isDigit(line.charCodeAt(start - 1))) return -1;
  return start;
}

/** Start of the separator before a number at `start` (", " "," " " " en "), or -1. */
function separatorStart(line: string, start: number): number {
  if (line.endsWith(' en ', start)) return start - 4;
  if (line.endsWith(', ', start)) return start - 2;
  if (line.endsWith(',', start) || line.endsWith(' ', start)) return start - 1;
  return -1;
}

/** A "." at `dot` ends a sentence: not "5.4", not " .", not an abbreviation like "nr.". */
function isSentenceEnd(line: string, dot: number): boolean {
  if (dot < 1 || isDigit(line.charCodeAt(dot - 1)) || line[dot - 1] === ' ') return false;
  let wordStart = dot;
  while (wordStart > 0 && dot - wordStart < 5 && line[wordStart - 1] !== ' ' && line[wordStart - 1] !== '(') wordStart--;
  return !ABBREVIATIONS.has(line.slice(wordStart, dot).toLowerCase());
}

function stripAfterCloser(line: string): string {
  let start = numberStart(line, line.length);
  for (let groups = 1; start > 0 && groups < MAX_GROUPS; groups++) {
    const sep = separatorStart(line, start);
    if (sep <= 0) break;
    const previous = numberStart(line, sep);
    if (previous < 0) break;
    start = previous;
  }
  if (start <= 0) return line;
  const closer = line[start - 1];
  if (!CLOSERS.includes(closer)) return line;
  if (closer === '.' && !isSentenceEnd(line, start - 1)) return line;
  return line.slice(0, start);
}

// "»1?" at the end: the marker sits between a closing quote and the final punctuation.
function stripBeforeFinalPunctuation(line: string): string {
  const last = line[line.length - 1];
  if (last !== '?' && last !== '.' && last !== '!') return line;
  const start = numberStart(line, line.length - 1);
  if (start <= 0 || !CLOSING_QUOTES.includes(line[start - 1])) return line;
  return line.slice(0, start) + last;
}

export function stripTrailingFootnoteMarker(line: string): string {
  if (line.length < 2 || !isDigit(line.charCodeAt(line.length - 1))) return stripBeforeFinalPunctuation(line);
  return stripAfterCloser(line);
}
