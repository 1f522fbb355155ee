// Character classes and a word tokenizer without regular expressions: every loop is one pass over the text,
// so tokenizing is linear whatever the input (the parser's regexes are checked with safe-regex2).

// Letters outside ASCII (é, ë, ß, Cyrillic …) by Unicode property; ASCII by code, which is most of the text and
// much cheaper than comparing case-converted strings.
const NON_ASCII_LETTER = /^\p{L}$/u;

export function isLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return NON_ASCII_LETTER.test(ch);
}

export function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

export function isUpper(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isWordChar(ch: string): boolean {
  return isDigit(ch) || isLetter(ch);
}

export function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0' || ch === '\f' || ch === '\v';
}

export interface Token {
  /** The token as written. */
  raw: string;
  /** Lower case, without a glued footnote number ("sturen4" → "sturen"). */
  low: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
}

// Apostrophes and hyphens join word characters ("risico’s", "e-privacyverordening"); every other
// non-space character is a token of its own.
function isJoiner(ch: string): boolean {
  return ch === '-' || ch === '’' || ch === "'";
}

function lowerWithoutFootnote(raw: string): string {
  let end = raw.length;
  while (end > 0 && isDigit(raw[end - 1])) end--;
  const digits = raw.length - end;
  // A footnote number glued to a word: at most two digits after at least three letters.
  if (digits > 0 && digits <= 2 && end >= 3 && isLetter(raw[0]) && isLetter(raw[end - 1])) return raw.slice(0, end).toLowerCase();
  return raw.toLowerCase();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (!isWordChar(ch)) {
      tokens.push({ raw: ch, low: ch, start: i, end: i + 1, isWord: false, cap: false });
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && (isWordChar(text[j]) || (isJoiner(text[j]) && j + 1 < text.length && isWordChar(text[j + 1])))) j++;
    const raw = text.slice(i, j);
    tokens.push({ raw, low: lowerWithoutFootnote(raw), start: i, end: j, isWord: true, cap: isUpper(ch) });
    i = j;
  }
  return tokens;
}

/** The text between two tokens (inclusive) with runs of white space made single spaces. */
export function textOf(source: string, tokens: Token[], from: number, to: number): string {
  if (from > to || from < 0 || to >= tokens.length) return '';
  return collapseSpace(source.slice(tokens[from].start, tokens[to].end));
}

export function collapseSpace(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (const ch of text) {
    if (isSpace(ch)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += ch;
  }
  return out;
}
