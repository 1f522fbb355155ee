import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { parseCsv } from './support/csv-parse.js';
import { SCREENSHOT_DIR, seriousAxeViolations, startPages, tableRows, visit, type PagesFixture } from './support/pages-fixture.js';

// 9 December 2024 is a Monday with four sets on the list; the other pages are also checked as of today.
const MONDAY = '2024-12-09';

const PAGES: { name: string; url: string; charts: number; h1: RegExp }[] = [
  { name: 'overzicht', url: `/?asOf=${MONDAY}`, charts: 3, h1: /op tijd/ },
  { name: 'overzicht-vandaag', url: '/', charts: 3, h1: /op tijd/ },
  { name: 'achterstallig', url: `/achterstallig?asOf=${MONDAY}`, charts: 1, h1: /Achterstallige Kamervragen/ },
  { name: 'vragen', url: '/vragen', charts: 0, h1: /Schriftelijke vragen/ },
  { name: 'vraag-beantwoord', url: `/vragen/2021Z19796?asOf=${MONDAY}`, charts: 1, h1: /Xiaomi/ },
  { name: 'vraag-open', url: `/vragen/2024Z16988?asOf=${MONDAY}`, charts: 1, h1: /Wachttijden ggz/ },
  { name: 'ministeries', url: '/ministeries', charts: 1, h1: /Ministeries/ },
  { name: 'ministerie', url: `/ministeries/bz?asOf=${MONDAY}`, charts: 4, h1: /Buitenlandse Zaken/ },
  { name: 'bewindspersonen', url: `/bewindspersonen?asOf=${MONDAY}`, charts: 0, h1: /Bewindspersonen/ },
  { name: 'bewindspersoon', url: `/bewindspersonen/ferdinand-grapperhaus?asOf=${MONDAY}`, charts: 1, h1: /Grapperhaus/ },
  { name: 'kamerleden', url: '/kamerleden', charts: 0, h1: /Kamerleden/ },
  { name: 'kamerlid', url: `/kamerleden/van-houwelingen?asOf=${MONDAY}`, charts: 2, h1: /Van Houwelingen/ },
  { name: 'toezeggingen', url: `/toezeggingen?asOf=${MONDAY}`, charts: 0, h1: /Toezeggingen/ },
];

describe('public pages in Chromium', () => {
  let fixture: PagesFixture;

  beforeAll(async () => {
    fixture = await startPages();
  }, 60_000);
  afterAll(async () => {
    await fixture?.close();
  });

  it.each(PAGES)(
    '$name ($url) loads without errors, stays on its origin, renders its charts, downloads every table as CSV and passes axe',
    async ({ name, url, charts, h1 }) => {
      const { page, problems, foreign, close } = await visit(fixture, url);
      try {
        expect(await page.locator('html').getAttribute('lang')).toBe('nl');
        await expect(page.locator('h1').count()).resolves.toBe(1);
        expect(await page.locator('h1').innerText()).toMatch(h1);
        expect(await page.locator('a.skip-link').getAttribute('href')).toBe('#inhoud');
        await expect(page.locator('main#inhoud').count()).resolves.toBe(1);
        await expect(page.locator('nav[aria-label="Hoofdmenu"] a[aria-current="page"]').count()).resolves.toBe(1);

        // Every chart: an inline SVG with a name, drawn marks, and a table with its numbers behind it.
        const figures = page.locator('figure[data-chart]');
        await expect(figures.count()).resolves.toBe(charts);
        for (let i = 0; i < charts; i += 1) {
          const figure = figures.nth(i);
          // One drawing for the screen (a laptop's here), and at most one more for a phone, hidden on this screen.
          const svg = figure.locator('svg[role="img"]:not(.chart-narrow)');
          await expect(svg.count()).resolves.toBe(1);
          await expect(figure.locator('svg[role="img"].chart-narrow').count()).resolves.toBeLessThanOrEqual(1);
          expect((await svg.getAttribute('aria-label'))?.length).toBeGreaterThan(10);
          const marks = await svg.locator('g.mark-rect path, g.mark-symbol path, g.mark-line path, g.mark-rule line').count();
          expect(marks).toBeGreaterThan(0);
          await expect(figure.locator('details table').count()).resolves.toBe(1);
        }

        // Every table, charts' tables included, downloads as CSV with its header and its rows (the same row keys).
        const tables = await page.locator('table[data-table]').evaluateAll((nodes) => nodes.map((t) => t.getAttribute('data-table')!));
        for (const id of tables) {
          const href = await page.locator(`#tabel-${id}`).locator('xpath=../following-sibling::p[@class="table-tools"][1]/a').getAttribute('href');
          const response = await fetch(`${fixture.base}${href}`);
          expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
          const [header, ...rows] = parseCsv(Buffer.from(await response.arrayBuffer()).toString('utf8'));
          expect(header).toEqual((await page.locator(`#tabel-${id} thead th`).allTextContents()).map((t) => t.trim()));
          expect(rows.map((r) => r[0])).toEqual((await tableRows(page, id)).map((r) => r[0]));
        }

        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
        const violations = await seriousAxeViolations(page);
        expect(violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        expect(foreign).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  it('fits a phone screen: only tables and charts scroll sideways, in their own focusable boxes', async () => {
    const { page, problems, close } = await visit(fixture, `/?asOf=${MONDAY}`, { width: 375 });
    try {
      const overflow = await page.evaluate(() => {
        const { document } = globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } };
        return document.documentElement.scrollWidth - document.documentElement.clientWidth;
      });
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'overzicht-telefoon.png'), fullPage: true });
      expect((await seriousAxeViolations(page)).map((v) => v.id)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('answers an unknown set and a bad date with a Dutch page and the right status, not JSON', async () => {
    const missing = await fetch(`${fixture.base}/vragen/2099Z99999`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/text\/html/);
    expect(await missing.text()).toContain('Niet gevonden');
    const bad = await fetch(`${fixture.base}/achterstallig?asOf=2024-13-45`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Controleer de peildatum');
  });
});
