import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from './support/csv-parse.js';
import { bodyOverflow, chartTexts, tableFits } from './support/layout-checks.js';
import { REPO_ROOT } from '../../support/test-env.js';
import { SCREENSHOT_DIR, seriousAxeViolations, startPages, visit, type PagesFixture } from './support/pages-fixture.js';

// Issue 13: "Design for a phone first". Every page at a phone's 360 px and a laptop's 1400 px: the body never
// scrolls sideways, every column of every list is on screen (cards on the phone, the whole table on the laptop),
// chart labels are at least 11 px as seen and none is cut off, axe finds nothing serious.
const MONDAY = '2024-12-09';
const WIDTHS = [360, 1400] as const;
const DOCS_SCREENSHOTS = path.join(REPO_ROOT, 'docs/screenshots');
// The pictures the README shows, renewed from this test with UPDATE_SCREENSHOTS=1.
const DOC_SHOTS = new Set([
  'overzicht-1400.png',
  'overzicht-360.png',
  'achterstallig-1400.png',
  'achterstallig-360.png',
  'kamerlid-1400.png',
  'partijen-1400.png',
  'bewindspersonen-1400.png',
  'bewindspersoon-1400.png',
  'ministerie-jenv-360.png',
]);

const PAGES: { name: string; url: string }[] = [
  { name: 'overzicht', url: `/?asOf=${MONDAY}` },
  { name: 'achterstallig', url: `/achterstallig?asOf=${MONDAY}` },
  { name: 'vragen', url: '/vragen' },
  { name: 'vraag', url: `/vragen/2021Z19796?asOf=${MONDAY}` },
  { name: 'vraag-open', url: `/vragen/2024Z16988?asOf=${MONDAY}` },
  { name: 'ministeries', url: `/ministeries?asOf=${MONDAY}` },
  { name: 'ministerie', url: `/ministeries/bz?asOf=${MONDAY}` },
  { name: 'kamerleden', url: '/kamerleden' },
  { name: 'kamerlid', url: `/kamerleden/van-houwelingen?asOf=${MONDAY}` },
  { name: 'toezeggingen', url: `/toezeggingen?asOf=${MONDAY}` },
  { name: 'partijen', url: `/partijen?asOf=${MONDAY}` },
  { name: 'redactie-inloggen', url: '/redactie' },
  // Issues 13 and 17: the bewindspersoon pages; with open sets on the Monday and the forecast column (realdoc 013,
  // asked of Faber in October 2024); the ministry trend chart with its tenure markers.
  { name: 'bewindspersonen', url: `/bewindspersonen?asOf=${MONDAY}` },
  { name: 'bewindspersoon', url: `/bewindspersonen/ferdinand-grapperhaus?asOf=${MONDAY}` },
  { name: 'bewindspersoon-open', url: `/bewindspersonen/marjolein-faber-van-de-klashorst?asOf=${MONDAY}` },
  { name: 'ministerie-jenv', url: `/ministeries/jenv?asOf=${MONDAY}` },
];

const CASES = PAGES.flatMap((p) => WIDTHS.map((width) => ({ ...p, width })));

describe('every page on a phone (360 px) and a laptop (1400 px)', () => {
  let fixture: PagesFixture;

  beforeAll(async () => {
    fixture = await startPages();
  }, 60_000);
  afterAll(async () => {
    await fixture?.close();
  });

  it.each(CASES)('$name at $width px: no sideways scroll, every column on screen, chart labels ≥ 11 px and whole, axe clean', async ({ name, url, width }) => {
    const { page, problems, foreign, close } = await visit(fixture, url, { width });
    try {
      expect(await bodyOverflow(page)).toBeLessThanOrEqual(0);
      const fits = await tableFits(page);
      expect(fits.filter((t) => t.hidden > 0 || t.offscreen.length > 0)).toEqual([]);
      const texts = await chartTexts(page);
      if (await page.locator('figure[data-chart]').count()) expect(texts.length).toBeGreaterThan(0);
      expect(texts.filter((t) => t.px < 11)).toEqual([]);
      expect(texts.filter((t) => t.cut)).toEqual([]);
      const violations = await seriousAxeViolations(page);
      expect(violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(problems).toEqual([]);
      expect(foreign).toEqual([]);
      const shot = `${name}-${width}.png`;
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, shot), fullPage: true });
      // `UPDATE_SCREENSHOTS=1` renews the README's pictures from this run.
      if (process.env.UPDATE_SCREENSHOTS === '1' && DOC_SHOTS.has(shot)) {
        fs.mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
        fs.copyFileSync(path.join(SCREENSHOT_DIR, shot), path.join(DOCS_SCREENSHOTS, shot));
      }
    } finally {
      await close();
    }
  });

  it('keeps "Dagen open" inside the table of /vragen at 1400 px, and on each card on a phone', async () => {
    for (const width of WIDTHS) {
      const { page, close } = await visit(fixture, '/vragen', { width });
      try {
        const cells = page.locator('#tabel-vragen td[data-label="Dagen open"]');
        expect(await cells.count()).toBeGreaterThan(0);
        const table = await page
          .locator('#tabel-vragen')
          .evaluate(
            (t) =>
              (t as unknown as { closest(s: string): { getBoundingClientRect(): { right: number } } }).closest('.table-wrap').getBoundingClientRect().right,
          );
        // Answered sets have no days open: that cell is empty (and on a phone's card left out).
        const boxes = await cells.evaluateAll((tds) =>
          (tds as unknown as { textContent: string | null; getBoundingClientRect(): { right: number; width: number } }[])
            .filter((td) => (td.textContent ?? '').trim() !== '')
            .map((td) => td.getBoundingClientRect()),
        );
        expect(boxes.length).toBeGreaterThan(0);
        for (const box of boxes) {
          expect(box.width).toBeGreaterThan(0);
          expect(box.right).toBeLessThanOrEqual(Math.min(table, width) + 0.5);
        }
      } finally {
        await close();
      }
    }
  });

  it("/partijen: the on-time share per party and year is the API's groupBy=party for that year, in the table and its CSV", async () => {
    const csv = parseCsv(
      Buffer.from(await (await fetch(`${fixture.base}/partijen?asOf=${MONDAY}&format=csv&tabel=per-partij-per-jaar`)).arrayBuffer()).toString('utf8'),
    );
    expect(csv[0]).toEqual(['Partij', 'Jaar', 'Vragensets', 'Beantwoord', 'Op tijd', 'Mediaan dagen', 'Met uitstel']);
    const years = [...new Set(csv.slice(1).map((r) => r[1]))];
    expect(years.length).toBeGreaterThan(1);
    for (const year of years) {
      const report = (await (await fetch(`${fixture.base}/reports/latency?groupBy=party&from=${year}-01-01&to=${year}-12-31&asOf=${MONDAY}`)).json()) as {
        groups: { group: string; count: number; shareOnTime: number | null }[];
      };
      const rows = csv.slice(1).filter((r) => r[1] === year);
      expect(rows.map((r) => [r[0], Number(r[2]), r[4] === '' ? null : Number(r[4])]).sort()).toEqual(
        report.groups.map((g) => [g.group === 'Onbekend' ? 'Partij onbekend' : g.group, g.count, g.shareOnTime]).sort(),
      );
    }
    const { page, close } = await visit(fixture, `/partijen?asOf=${MONDAY}`);
    try {
      expect(await page.locator('h1').innerText()).toBe('Partijen');
      expect(await page.locator('#tabel-per-partij-per-jaar tbody tr').count()).toBe(csv.length - 1);
    } finally {
      await close();
    }
  });
});
