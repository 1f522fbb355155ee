import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { normalizeEmail } from './email-address.util.js';
import { headerText } from './header-text.util.js';
import { MailTemplates, templatesDir } from './mail-templates.js';

describe('normalizeEmail: one plain address, nothing that could become a header or a second recipient', () => {
  it.each([
    ['Griffie@Example.NL', 'griffie@example.nl'],
    ['  clerk.office+tk@sub.example.test ', 'clerk.office+tk@sub.example.test'],
  ])('accepts %s', (input, expected) => expect(normalizeEmail(input)).toBe(expected));

  it.each([
    'a@example.test\r\nBcc: evil@example.test',
    'a@example.test\nBcc: evil@example.test',
    'a b@example.test',
    '"quoted"@example.test',
    'Name <a@example.test>',
    'a@example.test, b@example.test',
    'a@localhost',
    '@example.test',
    'a@-bad-.test',
    `${'x'.repeat(65)}@example.test`,
    42,
    null,
  ])('refuses %p', (input) => expect(normalizeEmail(input)).toBeNull());
});

describe('headerText', () => {
  it('flattens CR, LF and other control characters so a subject stays one header', () => {
    expect(headerText('Overdue\r\nBcc: evil@example.test')).toBe('Overdue Bcc: evil@example.test');
    expect(headerText('a\u2028b\tc')).toBe('a b c');
  });

  it('cuts long text with an ellipsis', () => {
    expect(headerText('x'.repeat(300), 50)).toHaveLength(50);
  });
});

describe('MailTemplates', () => {
  const footer = { email: 'a@example.test', publicUrl: 'http://x.test', unsubscribeUrl: 'http://x.test/u?token=t' };

  it('escapes document text in HTML and keeps it as written in plain text', () => {
    const templates = new MailTemplates();
    const item = { rule: 'overdue', zaak: '2022Z01519', title: '<img src=x onerror=alert(1)> & "co"', url: 'http://x.test/q', detail: 'd' };
    const body = templates.render('alert', { ...footer, heading: 'h', asOfLabel: 'vandaag', groups: [{ label: 'L', count: 1, items: [item] }], unlisted: 0 });
    expect(body.html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; &amp; &quot;co&quot;');
    expect(body.html).not.toContain('<img');
    expect(body.text).toContain('<img src=x onerror=alert(1)> & "co"');
  });

  it('throws on a missing field (strict mode) instead of mailing a blank', () => {
    expect(() => new MailTemplates().render('confirm', { ...footer, choices: [] })).toThrow(/confirmUrl/);
  });

  it('refuses a template with triple braces at load', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'templates-'));
    for (const f of fs.readdirSync(templatesDir())) fs.copyFileSync(path.join(templatesDir(), f), path.join(dir, f));
    fs.appendFileSync(path.join(dir, 'digest.html.hbs'), '{{{heading}}}');
    expect(() => new MailTemplates(dir)).toThrow(/digest\.html\.hbs uses unescaped output/);
  });

  it('ships no template with unescaped output', () => {
    for (const f of fs.readdirSync(templatesDir())) expect([f, fs.readFileSync(path.join(templatesDir(), f), 'utf8').includes('{{{')]).toEqual([f, false]);
  });
});
