// Real-world noise is removed before anything else looks at the text: CRLF / CR / Unicode line separators become
// "\n", non-breaking and other odd spaces (and tabs) become plain spaces, zero-width characters, soft hyphens and
// stray BOMs disappear. Control characters that hint at a binary file are kept and counted for assertNotBinary.
// One native regex scan over the whole text (plus one more for CR line ends when there are any); only the matched
// characters reach the callback, so a clean text costs a single pass.

export const CARRIAGE_RETURN_PATTERN = /\r\n?/g;
export const SPECIAL_CHARACTER_PATTERN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u00a0\u00ad\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\ufffd\t]/g;

export interface PreparedText {
  text: string;
  /** How many control or replacement characters the text holds (binary hints), after normalising. */
  suspectChars: number;
}

const LINE_BREAKS = new Set([0x85, 0x2028, 0x2029]);
const INVISIBLES = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const SPACES = new Set([0x09, 0x0b, 0x0c, 0xa0, 0x202f, 0x205f, 0x3000]);

function isOddSpace(code: number): boolean {
  return SPACES.has(code) || (code >= 0x2000 && code <= 0x200a);
}

export function prepareText(raw: string): PreparedText {
  let suspectChars = 0;
  const withNewlines = raw.indexOf('\r') >= 0 ? raw.replace(CARRIAGE_RETURN_PATTERN, '\n') : raw;
  const text = withNewlines.replace(SPECIAL_CHARACTER_PATTERN, (ch) => {
    const code = ch.charCodeAt(0);
    if (LINE_BREAKS.has(code)) return '\n';
    if (INVISIBLES.has(code)) return '';
    if (isOddSpace(code)) return ' ';
    suspectChars++;
    return ch;
  });
  return { text, suspectChars };
}
