// Damaged variants of real documents, made the way the damage happens in practice (issue 12, issue 14 finding 11):
// saved in Latin-1, decoded as Windows-1252 and saved again (mojibake), a section pasted twice with the answers
// shifted, the HTML of the page or a server's error page saved instead of the text, UTF-16 as Word and Notepad save it.

// Windows-1252 by hand: Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 control characters.
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** UTF-8 text read as Windows-1252: "André" → "AndrÃ©". */
export function mojibake(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => (b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] : String.fromCharCode(b))).join('');
}

/** A listing whose " • Vraag N" section appears a second time with every answer moved one question up. */
export function listingWithShiftedCopy(listing: string): string {
  const footer = listing.indexOf('\nKamervraag document nummer');
  const start = listing.indexOf(' • Vraag 1\n');
  const blocks = listing.slice(start, footer).split(/\n(?= • Vraag \d)/);
  const answers = blocks.map((b) => b.slice(b.indexOf('\n\n') + 2));
  const copy = blocks.map((b, i) => `${b.slice(0, b.indexOf('\n\n'))}\n\n${answers[i + 1] ?? '  Ja.\n'}`).join('\n');
  return `${listing.slice(0, footer)}\n${copy}${listing.slice(footer)}`;
}

/** The page's HTML as a browser's "save as" keeps it. */
export function asHtmlPage(text: string): string {
  const body = text
    .split('\n')
    .map((line) => `<p>${line}</p>`)
    .join('\n');
  return `<!DOCTYPE html>\n<html lang="nl">\n<head><meta charset="utf-8"><title>Kamervraag</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** nginx's default 502 page (src/http/ngx_http_special_response.c), as a failed download saves it. */
export const NGINX_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

export function utf16le(text: string): Buffer {
  return Buffer.from(`\ufeff${text}`, 'utf16le');
}

export function utf16be(text: string): Buffer {
  return Buffer.from(utf16le(text)).swap16();
}
