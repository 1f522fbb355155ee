import { isDigit, isLetter, isSpace, isUpper } from './text-tokens.js';

export interface SentenceSlice {
  text: string;
  /** [start, end) offsets in the text that was split: text === source.slice(start, end). */
  start: number;
  end: number;
}

// Abbreviations after which a full stop never ends a sentence in this prose ("nr. 1610", "art. 26", "ca. 20").
const NO_BREAK_AFTER = new Set([
  'nr',
  'nrs',
  'art',
  'artt',
  'bijv',
  'bv',
  'vgl',
  'ca',
  'blz',
  'p',
  'pag',
  'resp',
  'dhr',
  'mevr',
  'mw',
  'mr',
  'dr',
  'drs',
  'ir',
  'ing',
  'prof',
  'st',
  'zgn',
  'evt',
  'incl',
  'excl',
  'min',
  'max',
  'tel',
  'jo',
  'vs',
  'zie',
  'lid',
]);
// Abbreviations that often end a sentence too: a break only before a capital ("op 9 februari jl. zal" vs "… jl. De …").
const BREAK_BEFORE_CAPITAL = new Set(['jl', 'etc', 'enz', 'jr', 'sr', 'e.d', 'e.a', 'o.i.d', 'c.s', 'a.s', 'z.s.m', 'e.v']);
const CLOSERS = ')]»”’"\'';
const LIST_MARKERS = '–•-*·▪◦';
const MAX_QUOTE = 600;

/** The word (letters and inner dots) that ends just before index `at`: "d.d", "jl", "F.M". */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && (isLetter(text[i - 1]) || (text[i - 1] === '.' && i - 2 >= 0 && isLetter(text[i - 2])))) i--;
  return text.slice(i, at);
}

/** A list number at the start of a line ("1. Het …") is not the end of a sentence. */
function isLineNumber(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && isDigit(text[i - 1])) i--;
  if (i === dot || dot - i > 2) return false;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n';
}

function opensSentence(text: string, terminator: number, next: number): boolean {
  const c = text[next];
  if (isLetter(c) && !isUpper(c)) return false;
  if (text[terminator] !== '.') return true;
  if (isLineNumber(text, terminator)) return false;
  const word = wordBefore(text, terminator);
  const low = word.toLowerCase();
  if (BREAK_BEFORE_CAPITAL.has(low)) return isUpper(c);
  if (word.includes('.')) return false; // d.d., o.a., m.b.t., i.v.m., initials F.M.
  if (word.length === 1 && isUpper(word)) return false; // an initial: "F. Jansen"
  return !NO_BREAK_AFTER.has(low);
}

let zeros = new Uint8Array(0);

/** A read-only all-zero array of at least `length` entries. */
function noQuotes(length: number): Uint8Array {
  if (zeros.length < length) zeros = new Uint8Array(Math.max(length, zeros.length * 2));
  return zeros;
}

/** Offsets inside a «…» or “…” quotation (closed within MAX_QUOTE characters and the same paragraph). */
function quotedOffsets(text: string): Uint8Array {
  // Most answers quote nothing: share one all-zero array instead of allocating two per answer.
  if (text.indexOf('«') < 0 && text.indexOf('“') < 0) return noQuotes(text.length + 1);
  const inQuote = new Uint8Array(text.length + 1);
  const delta = new Int32Array(text.length + 2);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '«' || ch === '“') stack.push(i);
    else if ((ch === '»' || ch === '”') && stack.length > 0) {
      const open = stack.pop() as number;
      if (i - open <= MAX_QUOTE) {
        delta[open + 1]++;
        delta[i]--;
      }
    } else if (ch === '\n' && isParagraphBreak(text, i)) stack.length = 0;
  }
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    depth += delta[i];
    inQuote[i] = depth > 0 ? 1 : 0;
  }
  return inQuote;
}

function isParagraphBreak(text: string, newline: number): boolean {
  let k = newline + 1;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++;
  return k < text.length && text[k] === '\n';
}

function nextNonSpace(text: string, from: number): number {
  let k = from;
  while (k < text.length && isSpace(text[k])) k++;
  return k;
}

// A single line break ends a sentence after a colon or before a list item; otherwise it is a wrapped line.
function breaksAtLine(text: string, newline: number): boolean {
  let p = newline - 1;
  while (p >= 0 && isSpace(text[p])) p--;
  if (p >= 0 && text[p] === ':') return true;
  const k = nextNonSpace(text, newline + 1);
  return k + 1 < text.length && LIST_MARKERS.includes(text[k]) && isSpace(text[k + 1]);
}

/** The end of a terminator with the closing quotes, brackets and footnote numbers glued to it. */
function endOfTerminator(text: string, at: number): number {
  let j = at + 1;
  let digits = 0;
  while (j < text.length && j - at <= 6) {
    if (CLOSERS.includes(text[j])) j++;
    else if (isDigit(text[j]) && digits < 3) {
      j++;
      digits++;
    } else break;
  }
  return j;
}

function isTerminator(ch: string): boolean {
  return ch === '.' || ch === '?' || ch === '!' || ch === '…';
}

// The terminator that may end a sentence at index i: i itself outside quotations, or the terminator
// just inside a closing quotation mark («Dit is zo.» Daarna …). -1 when there is none.
function terminatorAt(text: string, i: number, quoted: Uint8Array): number {
  const ch = text[i];
  if (isTerminator(ch) && !quoted[i]) {
    if (ch === '.' && i > 0 && isDigit(text[i - 1]) && i + 1 < text.length && isDigit(text[i + 1])) return -1; // 27.7
    return i;
  }
  if ((ch === '»' || ch === '”') && !quoted[i] && i > 0 && isTerminator(text[i - 1]) && quoted[i - 1]) return i - 1;
  return -1;
}

export function splitSentences(text: string): SentenceSlice[] {
  const out: SentenceSlice[] = [];
  const quoted = quotedOffsets(text);
  let segStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      if (isParagraphBreak(text, i) || (!quoted[i] && breaksAtLine(text, i))) {
        pushTrimmed(text, segStart, i, out);
        segStart = i + 1;
      }
      continue;
    }
    const term = terminatorAt(text, i, quoted);
    if (term < 0) continue;
    const end = endOfTerminator(text, term);
    if (end < text.length && !isSpace(text[end])) continue;
    const next = nextNonSpace(text, end);
    if (next < text.length && !opensSentence(text, term, next)) continue;
    pushTrimmed(text, segStart, end, out);
    segStart = end;
    i = end - 1;
  }
  pushTrimmed(text, segStart, text.length, out);
  return out;
}

function pushTrimmed(text: string, from: number, to: number, out: SentenceSlice[]): void {
  let s = from;
  let e = to;
  while (s < e && isSpace(text[s])) s++;
  if (s + 1 < e && LIST_MARKERS.includes(text[s]) && isSpace(text[s + 1])) s = nextNonSpace(text, s + 1);
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}
