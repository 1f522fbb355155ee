import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { ApiKeyService } from '#domain';
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { REPO_ROOT } from '../../support/test-env.js';
import { bodyOverflow } from './support/layout-checks.js';
import { SCREENSHOT_DIR, seriousAxeViolations, startPages, type PagesFixture } from './support/pages-fixture.js';

interface CommitmentJson {
  id: number;
  dueDate: string | null;
  reviewState: string;
  status: string;
  fulfilledBy: string | null;
  history: { actor: string; action: string; changes: Record<string, [unknown, unknown]>; at: string }[];
}

// Issue 13: "Clerks cannot review commitments in the browser". The review page signs an editor in with an API key
// (server-side session, HttpOnly SameSite=Strict cookie), every form carries a CSRF token, and a correction made there
// is what GET /commitments/:id and the commitments calendar show, with who and when in the history.
// A browser on two shared cores: page loads take seconds.
jest.setTimeout(90_000);

describe('the review page for editors (/redactie)', () => {
  let fixture: PagesFixture;
  let editorKey: string;
  let editorId: number;
  let context: BrowserContext;

  beforeAll(async () => {
    fixture = await startPages();
    const created = await fixture.app.get(ApiKeyService).create({ role: 'editor', name: 'griffie test' });
    editorKey = created.key;
    editorId = created.id;
    context = await fixture.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'nl-NL' });
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await fixture?.close();
  });

  const api = async (id: number) => (await (await fetch(`${fixture.base}/commitments/${id}`)).json()) as CommitmentJson;
  const sessionCookie = async () => (await context.cookies(`${fixture.base}/redactie`)).find((c) => c.name === 'tw_session');

  it('refuses an unknown key and a sign-in without the form token; signs in with an editor key into an HttpOnly, SameSite=Strict cookie', async () => {
    const page = await context.newPage();
    await page.goto(`${fixture.base}/redactie`);
    await page.fill('#apiKey', 'tw_' + 'x'.repeat(43));
    await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
    expect(await page.locator('[role="alert"]').innerText()).toContain('onbekend of ingetrokken');

    const forged = await fetch(`${fixture.base}/redactie/inloggen`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ apiKey: editorKey }),
      redirect: 'manual',
    });
    expect(forged.status).toBe(403);
    expect(forged.headers.get('set-cookie') ?? '').not.toContain('tw_session');

    await page.fill('#apiKey', editorKey);
    await Promise.all([page.waitForURL(`${fixture.base}/redactie`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').innerText()).toBe('Toezeggingen beoordelen');
    const cookie = await sessionCookie();
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/redactie' });
    expect(cookie!.value).not.toContain(editorKey.slice(3, 20));
    expect((await seriousAxeViolations(page)).map((v) => v.id)).toEqual([]);
    await page.close();
  });

  it('fits a phone and a laptop signed in, and passes axe', async () => {
    for (const width of [360, 1400]) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${fixture.base}/redactie`);
      expect(await page.locator('.review-item').count()).toBeGreaterThan(0);
      expect(await bodyOverflow(page)).toBeLessThanOrEqual(0);
      expect((await seriousAxeViolations(page)).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/redactie-${width}.png`, fullPage: false });
      // `UPDATE_SCREENSHOTS=1` renews the README's picture of the review page.
      if (process.env.UPDATE_SCREENSHOTS === '1' && width === 1400)
        fs.copyFileSync(`${SCREENSHOT_DIR}/redactie-1400.png`, path.join(REPO_ROOT, 'docs/screenshots/redactie-1400.png'));
      await page.close();
    }
  });

  it('lists the unreviewed commitments, most doubtful first: every extraction before any reviewed one', async () => {
    const page = await context.newPage();
    await page.goto(`${fixture.base}/redactie?scope=all`);
    const states = (await page.locator('.review-item h2 .count').allInnerTexts()).map((s) => s.trim());
    expect(states.length).toBeGreaterThan(3);
    const firstReviewed = states.findIndex((s) => s !== 'Nog niet beoordeeld');
    if (firstReviewed >= 0) expect(states.slice(firstReviewed).every((s) => s !== 'Nog niet beoordeeld')).toBe(true);
    // Among the unreviewed: the extractor's confidence, lowest first; at equal confidence, no named date first.
    const items = await page.locator('.review-item').evaluateAll((nodes) => nodes.map((n) => (n as unknown as { id: string }).id.replace('toezegging-', '')));
    const unreviewed = await Promise.all(items.slice(0, states.filter((s) => s === 'Nog niet beoordeeld').length).map((id) => api(Number(id))));
    const keys = unreviewed.map((c) => {
      const { confidence, dueImplied } = c as unknown as { confidence: number | null; dueImplied: boolean };
      return { confidence: confidence ?? 0.5, implied: dueImplied || c.dueDate === null };
    });
    expect(keys.length).toBeGreaterThan(1);
    for (let i = 1; i < keys.length; i++) {
      const [before, after] = [keys[i - 1], keys[i]];
      expect(before.confidence).toBeLessThanOrEqual(after.confidence);
      if (before.confidence === after.confidence && !before.implied) expect(after.implied).toBe(false);
    }
    await page.close();
  });

  it('corrects a due date with the keyboard: the API, the calendar and the history show it, signed by the editor', async () => {
    const page = await context.newPage();
    await page.goto(`${fixture.base}/redactie`);
    const id = Number((await page.locator('.review-item').first().getAttribute('id'))!.replace('toezegging-', ''));
    const before = await api(id);
    // Tab from the text field to the date (its order on screen), fill it, and submit with Enter, as a keyboard user does.
    await page.locator(`#text-${id}`).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id)).toBe(`due-${id}`);
    await page.locator(`#due-${id}`).fill('2031-03-15');
    await Promise.all([page.waitForURL(/gedaan=/), page.keyboard.press('Enter')]);
    expect(await page.locator('.result-count').innerText()).toContain(`Toezegging ${id} is gecorrigeerd`);

    const after = await api(id);
    expect(after).toMatchObject({ dueDate: '2031-03-15', reviewState: 'corrected' });
    const last = after.history[after.history.length - 1];
    expect(last).toMatchObject({ actor: `griffie test (key ${editorId}, redactiepagina)`, action: 'correct' });
    expect(last.changes.dueDate).toEqual([before.dueDate, '2031-03-15']);
    expect(Date.now() - Date.parse(last.at)).toBeLessThan(120_000);

    const ics = (await (await fetch(`${fixture.base}/feeds/toezeggingen.ics`)).text()).replace(/\r\n[ \t]/g, '');
    const event = [...ics.matchAll(/BEGIN:VEVENT\r\n([\s\S]*?)END:VEVENT/g)].map((m) => m[1]).find((e) => e.includes(`UID:commitment-${id}@termijnwacht`));
    expect(event).toMatch(/DTSTART;VALUE=DATE:20310315/);
    // The list page and its CSV show the new date too.
    const csv = await (await fetch(`${fixture.base}/toezeggingen?format=csv&tabel=toezeggingen`)).text();
    expect(csv).toContain('2031-03-15');
    await page.close();
  });

  it('marks a commitment fulfilled with a link, and confirms and rejects; each change is in the history', async () => {
    const page = await context.newPage();
    await page.goto(`${fixture.base}/redactie`);
    const ids = (await page.locator('.review-item').evaluateAll((nodes) => nodes.map((n) => (n as unknown as { id: string }).id))).map((s) =>
      Number(s.replace('toezegging-', '')),
    );
    const [fulfil, confirm, reject] = ids.slice(1, 4);
    await page.fill(`#by-${fulfil}`, 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2024Z12345');
    await page.fill(`#on-${fulfil}`, '2024-06-01');
    await Promise.all([page.waitForURL(/gedaan=/), page.locator(`#toezegging-${fulfil} button`, { hasText: 'Markeer als nagekomen' }).click()]);
    await Promise.all([page.waitForURL(/gedaan=/), page.locator(`#toezegging-${confirm} button[value="confirm"]`).click()]);
    await page.fill(`#note-${reject}`, 'beleidsuitspraak, geen belofte');
    await Promise.all([page.waitForURL(/gedaan=/), page.locator(`#toezegging-${reject} button[value="reject"]`).click()]);
    expect(await api(fulfil)).toMatchObject({ status: 'fulfilled', fulfilledBy: expect.stringContaining('2024Z12345') });
    expect((await api(confirm)).reviewState).toBe('confirmed');
    const rejected = await api(reject);
    expect(rejected.reviewState).toBe('rejected');
    expect(rejected.history.at(-1)).toMatchObject({ action: 'reject', note: 'beleidsuitspraak, geen belofte', actor: expect.stringContaining('griffie test') });
    await page.close();
  });

  it('refuses a POST without the CSRF token, with a wrong one, from another origin, or without a session', async () => {
    const cookie = await sessionCookie();
    const page = await context.newPage();
    await page.goto(`${fixture.base}/redactie`);
    const token = await page.locator('input[name="_csrf"]').first().inputValue();
    const id = Number((await page.locator('.review-item').first().getAttribute('id'))!.replace('toezegging-', ''));
    await page.close();
    const post = (body: Record<string, string>, headers: Record<string, string> = {}, withCookie = true) =>
      fetch(`${fixture.base}/redactie/toezeggingen/${id}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(withCookie ? { cookie: `tw_session=${cookie!.value}` } : {}), ...headers },
        body: new URLSearchParams(body),
      });
    const before = await api(id);
    expect((await post({ action: 'confirm' })).status).toBe(403);
    expect((await post({ action: 'confirm', _csrf: token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) })).status).toBe(403);
    expect((await post({ action: 'confirm', _csrf: token }, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await post({ action: 'confirm', _csrf: token }, {}, false)).status).toBe(403);
    expect((await api(id)).history).toHaveLength(before.history.length);
    // The same request with the token is the one that works.
    expect((await post({ action: 'confirm', _csrf: token })).status).toBe(303);
    expect((await api(id)).reviewState).toBe('confirmed');
  });

  it('signs out: the cookie is cleared and the old session no longer works; a revoked key ends a session', async () => {
    const old = (await sessionCookie())!.value;
    const page = await context.newPage();
    await page.goto(`${fixture.base}/redactie`);
    const token = await page.locator('input[name="_csrf"]').first().inputValue();
    await Promise.all([page.waitForURL(/uitgelogd=1/), page.getByRole('button', { name: 'Uitloggen' }).click()]);
    expect(await page.locator('[role="alert"]').innerText()).toContain('uitgelogd');
    expect(await sessionCookie()).toBeUndefined();
    const replay = await fetch(`${fixture.base}/redactie/toezeggingen/1`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `tw_session=${old}` },
      body: new URLSearchParams({ action: 'confirm', _csrf: token }),
    });
    expect(replay.status).toBe(403);
    expect(await (await fetch(`${fixture.base}/redactie`, { headers: { cookie: `tw_session=${old}` } })).text()).toContain('id="apiKey"');

    await page.fill('#apiKey', editorKey);
    await Promise.all([page.waitForURL(`${fixture.base}/redactie`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').innerText()).toBe('Toezeggingen beoordelen');
    await fixture.app.get(ApiKeyService).revoke(editorId);
    await page.reload();
    expect(await page.locator('#apiKey').count()).toBe(1);
    await page.close();
  });
});
