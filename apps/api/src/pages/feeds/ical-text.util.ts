/**
 * RFC 5545 text as calendars read it. Written here rather than left to the `ics` package, which folds lines by
 * characters (a line of 75 characters with é or 😀 is 81–86 octets) and escapes CR/LF only as a pair.
 */

const MAX_OCTETS = 75;

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, any line break as \n, other controls dropped. */
export function icalText(value: string): string {
  return value
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

/**
 * One content line, folded at 75 octets (§3.1): each continuation starts with a space, which counts towards its 75.
 * A UTF-8 sequence is never split, so no character is broken across lines.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** `NAME:value` (or `NAME;PARAM=x:value`), folded; the value must already be escaped where it is text. */
export function contentLine(nameAndParams: string, value: string): string {
  return foldLine(`${nameAndParams}:${value}`);
}
