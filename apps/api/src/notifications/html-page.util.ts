import { escapeHtml } from '../common/escape-html.util.js';

/** A button that POSTs to `action` (relative to this origin) with hidden fields: the only way a mail link changes state. */
export interface PageForm {
  action: string;
  fields: Record<string, string>;
  button: string;
}

/**
 * A small Dutch page for the links in mails (confirm, unsubscribe): a heading, paragraphs and an optional form, all escaped.
 * Referrer "same-origin": the token in the address never leaves the site, and the form's POST still names our origin
 * (under "no-referrer" Chromium sends `Origin: null`, which the cross-site check refuses).
 */
export function htmlPage(title: string, paragraphs: readonly string[], form?: PageForm): string {
  const formHtml = form
    ? [
        `<form method="post" action="${escapeHtml(form.action)}">`,
        ...Object.entries(form.fields).map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`),
        `<button type="submit">${escapeHtml(form.button)}</button>`,
        '</form>',
      ]
    : [];
  return [
    '<!doctype html>',
    '<html lang="nl">',
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="same-origin"><title>${escapeHtml(title)} · termijnwacht</title></head>`,
    '<body>',
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...formHtml,
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}
