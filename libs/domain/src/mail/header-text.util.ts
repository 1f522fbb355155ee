/**
 * Text made safe for a header such as Subject: control characters (CR and LF above all) become one space, and the
 * result is cut to `max` characters. nodemailer encodes what is left; no header is ever built from raw input.
 */
export function headerText(text: string, max = 200): string {
  const flat = text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
