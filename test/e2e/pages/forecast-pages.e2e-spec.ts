import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { DataSource } from 'typeorm';
import {
  CHANGE_MINISTRY,
  insertChangeHistory,
  insertCommitments,
  insertForecastHistory,
  storeCalibration,
  VERWACHT_MINISTRY,
  VERWACHT_ZAAK,
} from '../../support/forecast-history.js';
import { parseCsv } from './support/csv-parse.js';
import { SCREENSHOT_DIR, seriousAxeViolations, startPages, visit, type PagesFixture } from './support/pages-fixture.js';

// The hand-computed history of test/support/forecast-history.ts (see test/e2e/api/forecast.e2e-spec.ts for the
// numbers): on 25 March 2024 the set is expected around 10 April 2024, 80 % between 29 March and 22 April.
const MONDAY = '2024-03-25';
const WIDTHS = [360, 1400];

async function horizontalOverflow(page: import('playwright-core').Page): Promise<number> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } };
    return document.documentElement.scrollWidth - document.documentElement.clientWidth;
  });
}

/** The cells of the set's row in its minister's table on the Monday list. */
async function ourRow(page: import('playwright-core').Page): Promise<string[]> {
  const row = page.locator('section.minister-group tbody tr', { hasText: VERWACHT_ZAAK });
  return (await row.locator('td').allTextContents()).map((t) => t.trim());
}

describe('the forecast on the question page and the Monday list, in Chromium', () => {
  let fixture: PagesFixture;

  beforeAll(async () => {
    fixture = await startPages();
    await insertForecastHistory(fixture.app.get(DataSource));
    await insertChangeHistory(fixture.app.get(DataSource));
    await insertCommitments(fixture.app.get(DataSource));
  }, 60_000);
  afterAll(async () => {
    await fixture?.close();
  });

  it.each(WIDTHS)('question page at %i px: the expected date, the interval, the chance within the term, and where it comes from', async (width) => {
    const { page, problems, foreign, close } = await visit(fixture, `/vragen/${VERWACHT_ZAAK}?asOf=2024-03-16`, { width });
    try {
      const section = page.locator('section.forecast');
      await expect(section.locator('h2').innerText()).resolves.toBe('Verwachting');
      const text = await section.innerText();
      expect(text).toContain('Verwacht rond 5 april 2024');
      expect(text).toContain('80%-interval: 20 maart 2024 tot 21 april 2024');
      expect(text).toContain('Kans op antwoord binnen de termijn (22 maart 2024): 15%');
      expect(text).toContain('40 vergelijkbare vragensets van dit ministerie');
      expect(text).toContain('Nog niet getoetst');
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `vraag-verwachting-${width}.png`), fullPage: true });
      expect((await seriousAxeViolations(page)).map((v) => v.id)).toEqual([]);
      expect(foreign).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each(WIDTHS)('Monday list at %i px: a column with the expected date and interval, also in the CSV', async (width) => {
    const { page, problems, close } = await visit(fixture, `/achterstallig?asOf=${MONDAY}`, { width });
    try {
      const table = page.locator('section.minister-group table', { hasText: VERWACHT_ZAAK });
      const header = (await table.locator('thead th').allTextContents()).map((t) => t.trim());
      expect(header[header.length - 1]).toBe('Verwacht rond (80%-interval)');
      const ours = await ourRow(page);
      expect(ours[ours.length - 1]).toBe('10 april 2024 (29 maart 2024 – 22 april 2024)');
      const response = await fetch(`${fixture.base}/achterstallig?asOf=${MONDAY}&format=csv&tabel=lijst`);
      const csv = parseCsv(Buffer.from(await response.arrayBuffer()).toString('utf8'));
      const row = csv.find((r) => r[1] === VERWACHT_ZAAK)!;
      expect(row[row.length - 1]).toBe('2024-04-10');
      // Only the table scrolls sideways on a phone, in its own box; the page itself does not.
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `achterstallig-verwachting-${width}.png`), fullPage: true });
      expect((await seriousAxeViolations(page)).map((v) => v.id)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a forecast whose backtest is off says so instead of showing a date, on both pages', async () => {
    const ds = fixture.app.get(DataSource);
    await storeCalibration(ds, VERWACHT_MINISTRY.slug, 200, 120);
    try {
      const { page, close } = await visit(fixture, `/vragen/${VERWACHT_ZAAK}?asOf=${MONDAY}`, { width: 360 });
      const text = await page.locator('section.forecast').innerText();
      await close();
      expect(text).toContain('Geen verwachting getoond: de terugtoets van deze voorspelling valt buiten het doel.');
      expect(text).toContain('60% van 200 antwoorden');
      expect(text).not.toMatch(/Verwacht rond|april 2024/);
      const list = await visit(fixture, `/achterstallig?asOf=${MONDAY}`, { width: 1400 });
      const ours = await ourRow(list.page);
      await list.close();
      expect(ours[ours.length - 1]).toBe('niet getoond (toets wijkt af)');
    } finally {
      await storeCalibration(ds, VERWACHT_MINISTRY.slug, 200, 160);
    }
    const { page, close } = await visit(fixture, `/vragen/${VERWACHT_ZAAK}?asOf=${MONDAY}`);
    const text = await page.locator('section.forecast').innerText();
    await close();
    expect(text).toContain('Verwacht rond 10 april 2024');
    expect(text).toContain('80% van 200 antwoorden viel in het interval');
  });

  it.each(WIDTHS)('ministry page at %i px: sneller, with the shares, the Wilson intervals, the difference and p', async (width) => {
    const { page, problems, close } = await visit(fixture, `/ministeries/${CHANGE_MINISTRY.slug}?asOf=2024-06-30`, { width });
    try {
      const section = page.locator('section.on-time-change');
      const verdict = await section.locator('p.change-verdict').innerText();
      // 48/80 = 60 % (Wilson 49–70 %), 56/70 = 80 % (69–88 %); +20 points, Newcombe's interval +5 to +33, p = 0.008.
      expect(verdict).toBe(
        'sneller: 2023-2024 tegenover 2022-2023: sneller. Op tijd 60% (48 van 80) in 2022-2023, 80% (56 van 70) in 2023-2024; verschil +20 procentpunt (95%-interval +5 tot +33), p = 0,008.',
      );
      const years = await section
        .locator('#tabel-op-tijd-per-vergaderjaar tbody tr')
        .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
      expect(years).toEqual([
        ['2022-2023', '48', '80', '60%', '49% – 70%'],
        ['2023-2024', '56', '70', '80%', '69% – 88%'],
      ]);
      await expect(section.locator('#tabel-op-tijd-per-bewindspersoon tbody tr').count()).resolves.toBe(2);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `ministerie-verandering-${width}.png`), fullPage: true });
      expect((await seriousAxeViolations(page)).map((v) => v.id)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each(WIDTHS)('ministry page at %i px: commitments made and kept, per bewindspersoon, in the page and its CSV', async (width) => {
    const { page, problems, close } = await visit(fixture, `/ministeries/${VERWACHT_MINISTRY.slug}?asOf=2024-06-30`, { width });
    try {
      const rows = await page
        .locator('#tabel-toezeggingen-nagekomen tbody tr')
        .evaluateAll((trs) => trs.map((r) => [...r.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
      // The hand-made commitments of test/support/forecast-history.ts: 5 made (one rejected is not), 1 in time,
      // 1 ten days late, 1 lapsed, 1 withdrawn (the official one), 1 open; median delay of 0 and 10 days: 5.
      expect(rows).toEqual([
        ['Heel het ministerie', '5', '1', '1', '1', '1', '1', '5'],
        ['Minister van Verwachtingszaken (Test)', '4', '1', '1', '1', '0', '1', '5'],
        ['Onbekend', '1', '0', '0', '0', '1', '0', '—'],
      ]);
      const response = await fetch(`${fixture.base}/ministeries/${VERWACHT_MINISTRY.slug}?asOf=2024-06-30&format=csv&tabel=toezeggingen-nagekomen`);
      const csv = parseCsv(Buffer.from(await response.arrayBuffer()).toString('utf8'));
      expect(csv[1]).toEqual(['Heel het ministerie', '5', '1', '1', '1', '1', '1', '5']);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `ministerie-toezeggingen-${width}.png`), fullPage: true });
      expect((await seriousAxeViolations(page)).map((v) => v.id)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
