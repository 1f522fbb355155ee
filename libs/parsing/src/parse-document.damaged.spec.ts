import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import { ParseError } from './contract/parsed-document.js';
import { parseDocument } from './parse-document.js';
import { ACCEPTED_ENCODINGS, decodeDocumentBytes, firstInvalidUtf8 } from './text/decode-document-bytes.util.js';

// Damaged documents (issue 12) and the encodings accepted (issue 14, finding 11). Every damaged document is made from a
// real one (seeds/003, a page of the Aanhangsel; realdocs/011 and 003) the way such damage happens: saved in Latin-1,
// decoded as Windows-1252 and saved again, a section pasted twice, a failed download saved in its place.

const REALDOCS = new URL('../../../test/fixtures/realdocs/', import.meta.url);
const SEEDS = new URL('../../../seeds/', import.meta.url);

function read(folder: URL, prefix: string): string {
  return fs.readFileSync(
    new URL(
      fs.readdirSync(folder).find((f) => f.startsWith(prefix))!,
      folder,
    ),
    'utf8',
  );
}

function refusal(run: () => unknown): ParseError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    return error as ParseError;
  }
  throw new Error('the document was accepted');
}

/** The first line holding a character from U+0080 to U+FFFF (beyond ASCII, within one UTF-16 unit), 1-based. */
function firstNonAsciiLine(text: string): number {
  return text.split('\n').findIndex((line) => [...line].some((c) => c.length === 1 && c.charCodeAt(0) >= 0x80)) + 1;
}

const PAGE = read(SEEDS, '003');
const REAL = read(REALDOCS, '011');

describe('bytes that are not UTF-8 are refused, naming the line and the encodings accepted', () => {
  it('a real document saved in Latin-1: the first é or ë is not UTF-8', () => {
    const latin1 = Buffer.from(REAL, 'latin1');
    const error = refusal(() => decodeDocumentBytes(latin1));
    expect(error.line).toBe(firstNonAsciiLine(REAL));
    expect(error.message).toMatch(/not valid UTF-8: byte 0x[0-9A-F]{2} cannot stand there/);
    expect(error.message).toContain(ACCEPTED_ENCODINGS);
  });

  it('UTF-16 without a byte-order mark is named as such', () => {
    expect(refusal(() => decodeDocumentBytes(Buffer.from(REAL, 'utf16le'))).message).toMatch(/UTF-16 without a byte-order mark/);
  });

  it('the validator follows RFC 3629: overlong forms, surrogates and truncated sequences are invalid', () => {
    expect(firstInvalidUtf8(Buffer.from('Zoë en Sjoerd — ’t is 😀', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.of(0x41, 0xc0, 0xaf))).toBe(1); // overlong "/"
    expect(firstInvalidUtf8(Uint8Array.of(0xed, 0xa0, 0x80))).toBe(0); // a surrogate
    expect(firstInvalidUtf8(Uint8Array.of(0x41, 0x42, 0xe2, 0x80))).toBe(2); // cut off
    expect(firstInvalidUtf8(Uint8Array.of(0xf4, 0x90, 0x80, 0x80))).toBe(0); // beyond U+10FFFF
  });
});

describe('UTF-8 and UTF-16 documents are decoded by their byte-order mark', () => {
  const utf16le = (text: string): Buffer => Buffer.from(`\ufeff${text}`, 'utf16le');
  const utf16be = (text: string): Buffer => Buffer.from(utf16le(text)).swap16();

  it.each([
    ['UTF-8', (t: string) => Buffer.from(t, 'utf8')],
    ['UTF-8 with a BOM', (t: string) => Buffer.from(`\ufeff${t}`, 'utf8')],
    ['UTF-16 LE with a BOM', utf16le],
    ['UTF-16 BE with a BOM', utf16be],
  ])('%s: the same text, and the same parse', (_name, encode) => {
    const text = decodeDocumentBytes(encode(REAL));
    expect(text).toBe(REAL);
    expect(parseDocument(text)).toEqual(parseDocument(REAL));
  });

  it('a UTF-16 document with an odd byte count or a broken surrogate is refused, saying what is accepted', () => {
    expect(refusal(() => decodeDocumentBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le'), Buffer.from([0x41])]))).message).toMatch(
      /odd number of bytes/,
    );
    expect(refusal(() => decodeDocumentBytes(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).message).toContain(ACCEPTED_ENCODINGS);
  });
});

describe('mojibake: UTF-8 read as Latin-1 / Windows-1252 and saved again', () => {
  // Windows-1252 by hand: Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 control characters.
  const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  const mojibake = (text: string): string =>
    [...Buffer.from(text, 'utf8')].map((b) => (b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] : String.fromCharCode(b))).join('');
  const latin1 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

  it('a real page (realdocs/011) is refused at its first damaged line, quoting it', () => {
    const damaged = mojibake(REAL);
    expect(damaged).toMatch(/Ã©|Ã«|â€/);
    const error = refusal(() => parseDocument(damaged));
    expect(error.line).toBe(firstNonAsciiLine(REAL));
    expect(error.message).toMatch(/damaged encoding: "(?:Ã.|Â.|â€)" in ".*" is UTF-8 read as Latin-1\/Windows-1252/);
  });

  it.each([
    ['André Flach', 'Ã©'],
    ['Oekraïne', 'Ã¯'],
    ['’s-Hertogenbosch', 'â€'],
    ['België', 'Ã«'],
    ['à la carte', 'Ã '],
  ])('%s → %s', (name, seq) => {
    const damaged = PAGE.replace('Vragen van de leden Ceder', `Vragen van de leden ${mojibake(name)} Ceder`);
    const error = refusal(() => parseDocument(damaged));
    expect(error.message).toContain(`"${seq}"`);
    expect(error.line).toBe(25);
  });

  it('read as Latin-1 proper ("â" and C1 control characters) as well', () => {
    const damaged = PAGE.replace('Vragen van de leden Ceder', `Vragen van de leden ${latin1('’s-Hertogenbosch')} Ceder`);
    expect(refusal(() => parseDocument(damaged)).message).toMatch(/damaged encoding: "â\u0080"/);
  });

  it('replacement characters (bytes decoded as UTF-8 that were not) are refused at their line', () => {
    const error = refusal(() => parseDocument(PAGE.replace('Vragen van de leden Ceder', 'Vragen van de leden Fran\ufffdois Ceder')));
    expect(error.message).toMatch(/replacement character U\+FFFD/);
    expect(error.line).toBe(25);
  });

  it('keeps real Dutch and foreign names: Zoë, Ağa, São Paulo, Ærø, Â-letters in words do not trip it', () => {
    const text = PAGE.replace('over «digitale vervolging»', 'over «digitale vervolging» van Zoë Ağa in São Paulo, Ærø, Âme, Ãngel');
    expect(text).not.toBe(PAGE);
    expect(parseDocument(text).questions.length).toBeGreaterThan(0);
  });
});

describe('a question/answer section that appears twice is refused', () => {
  const start = PAGE.indexOf('Vraag 1\n');
  const end = PAGE.indexOf('\n', PAGE.indexOf('Antwoord 10\n') + 'Antwoord 10\n'.length + 1);
  const section = PAGE.slice(start, end);

  it("the page itself parses: the refusals below are the duplication's doing", () => {
    expect(() => parseDocument(PAGE)).not.toThrow();
  });

  it('pasted twice word for word: refused at the first repeated question', () => {
    const twice = PAGE.slice(0, end) + '\n\n' + section + PAGE.slice(end);
    const error = refusal(() => parseDocument(twice));
    const repeatedLine = PAGE.slice(0, end).split('\n').length + 2;
    expect(error.line).toBe(repeatedLine);
    expect(error.message).toMatch(/^line \d+: question 1 repeats question 1 of line \d+ word for word: the question\/answer section appears twice$/);
  });

  it('a listing (seed 000) pasted twice with the answers shifted by one: refused, saying the answers are shifted', () => {
    const listing = read(SEEDS, '000');
    const parsed = parseDocument(listing);
    const shifted = parsed.questions.map((q, i) => ` • Vraag ${q.number}\n  ${q.text}\n\n  ${parsed.questions[i + 1]?.answer ?? 'Ja.'}\n`).join('\n');
    const footer = listing.indexOf('\nKamervraag document nummer');
    const error = refusal(() => parseDocument(`${listing.slice(0, footer)}\n${shifted}${listing.slice(footer)}`));
    expect(error.line).toBe(listing.slice(0, footer).split('\n').length + 1);
    expect(error.message).toMatch(
      /question 1 repeats question 1 of line \d+ word for word, with another answer: the question\/answer section appears twice and its answers are shifted/,
    );
  });

  it('questions listed first without answers and then answered are a layout, not a doubled section: not refused', () => {
    const listing = read(SEEDS, '000');
    const first = listing.indexOf(' • Vraag 1\n');
    const bare = parseDocument(listing)
      .questions.map((q) => ` • Vraag ${q.number}\n  ${q.text}\n`)
      .join('\n');
    const doc = parseDocument(`${listing.slice(0, first)}${bare}\n${listing.slice(first)}`);
    expect(doc.warnings.join('\n')).toMatch(/question 1 appears more than once; the first one is kept/);
  });

  it('a renumbered question with other words stays a warning (the existing rule), and short questions may recur', () => {
    const seed = read(SEEDS, '000').replace(' • Vraag 3\n', ' • Vraag 2\n');
    expect(parseDocument(seed).warnings[0]).toMatch(/question 2 appears more than once/);
  });
});

describe('HTML and error pages instead of a document are refused', () => {
  it('the HTML of a page (a download saved without converting it)', () => {
    const html = `<!DOCTYPE html>\n<html lang="nl">\n<head><title>Aanhangsel</title></head>\n<body>\n${PAGE.split('\n')
      .map((l) => `<p>${l}</p>`)
      .join('\n')}\n</body></html>\n`;
    const error = refusal(() => parseDocument(html));
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/this is an HTML page \("<!DOCTYPE html>"\), not a document's text/);
  });

  it('a text full of markup even after a line of text', () => {
    const html = `Aanhangsel van de Handelingen\n${PAGE.split('\n')
      .map((l) => `<p>${l}</p>`)
      .join('\n')}`;
    const error = refusal(() => parseDocument(html));
    expect(error.message).toMatch(/full of HTML markup/);
    expect(error.line).toBe(6);
  });

  // nginx's default error page, as it serves it (src/http/ngx_http_special_response.c), and the same saved as text.
  it.each([
    [
      '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
      1,
      /HTML page/,
    ],
    ['502 Bad Gateway\n\nnginx\n', 1, /error page \("502 Bad Gateway"\) instead of a document/],
    ['\n\nHTTP/1.1 404 Not Found\n\nThe requested URL was not found on this server.\n', 3, /error page/],
    ['Pagina niet gevonden\n\nDe pagina die u zoekt bestaat niet (meer).\n', 1, /error page/],
    ['Just a moment...\n\nEnable JavaScript and cookies to continue\n', 1, /error page/],
    ['{"error":"Service Unavailable","status":503}\n', 1, /JSON response/],
  ])('%j', (text, line, message) => {
    const error = refusal(() => parseDocument(text));
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
  });

  it('the real documents and seeds are not taken for web pages', () => {
    for (const name of fs.readdirSync(REALDOCS).filter((f) => /^0\d\d_/.test(f))) expect(() => parseDocument(read(REALDOCS, name.slice(0, 3)))).not.toThrow();
  });
});
