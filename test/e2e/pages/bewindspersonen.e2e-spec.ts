import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { parseCsv } from './support/csv-parse.js';
import { chartTexts } from './support/layout-checks.js';
import { SCREENSHOT_DIR, startPages, tableRows, visit, type PagesFixture } from './support/pages-fixture.js';

// Issues 13 and 17: a page per bewindspersoon over their own tenure. Seed 002 (2021Z19796, submitted 9 November 2021,
// deferral in time, so the extended term ran out on 21 December 2021; answered 7 April 2022) names Grapperhaus (JenV),
// Knops (BZK) and Blok (EZK): all three held their posts on 21 December, so the set is theirs and not their successors'
// of 10 January 2022 (Yeşilgöz-Zegerius, Adriaansens), though it was answered in their time.
const MONDAY = '2024-12-09';
const WIDTHS = [360, 1400] as const;
const ZAAK = '2021Z19796';
// The layout of these pages at 360 and 1400 px is checked with every other page's in responsive.e2e-spec.ts.

async function zakenOn(fixture: PagesFixture, slug: string): Promise<string[]> {
  const response = await fetch(`${fixture.base}/bewindspersonen/${slug}?asOf=${MONDAY}&format=csv&tabel=alle`);
  expect(response.status).toBe(200);
  const csv = parseCsv(Buffer.from(await response.arrayBuffer()).toString('utf8'));
  return csv.slice(1).map((row) => row[0]);
}

describe('the bewindspersoon pages, in Chromium', () => {
  let fixture: PagesFixture;

  beforeAll(async () => {
    fixture = await startPages();
  }, 60_000);
  afterAll(async () => {
    await fixture?.close();
  });

  it("puts 2021Z19796 on the pages of the three who held the posts when its term ran out, not on their successors'", async () => {
    for (const slug of ['ferdinand-grapperhaus', 'raymond-knops', 'stef-blok']) expect(await zakenOn(fixture, slug)).toContain(ZAAK);
    for (const slug of ['dilan-yesilgoz-zegerius', 'micky-adriaansens', 'alexandra-van-huffelen']) expect(await zakenOn(fixture, slug)).not.toContain(ZAAK);
  });

  it('shows the key columns: the list with tenure, sets and share on time; the scorecard with the year verdicts and the commitments', async () => {
    for (const width of WIDTHS) {
      const list = await visit(fixture, `/bewindspersonen?asOf=${MONDAY}`, { width });
      try {
        const rows = await tableRows(list.page, 'bewindspersonen');
        const grapperhaus = rows.find((r) => r[0] === 'Ferdinand Grapperhaus')!;
        expect(grapperhaus.slice(1, 4)).toEqual(['Minister van Justitie en Veiligheid', 'Justitie en Veiligheid', '2017-10-26 – 2022-01-09']);
        expect(Number(grapperhaus[4])).toBeGreaterThanOrEqual(1);
        // Answered 107 days over the extended term: late.
        expect(grapperhaus[5]).toBe('0%');
        expect(await list.page.locator('#tabel-bewindspersonen td[data-label="Op tijd"]').first().isVisible()).toBe(true);
      } finally {
        await list.close();
      }
      const card = await visit(fixture, `/bewindspersonen/ferdinand-grapperhaus?asOf=${MONDAY}`, { width });
      try {
        expect(await card.page.locator('h1').innerText()).toBe('Ferdinand Grapperhaus');
        const years = await tableRows(card.page, 'op-tijd-per-vergaderjaar');
        expect(years.map((r) => r[0])).toContain('2021-2022');
        const header = (await card.page.locator('#tabel-op-tijd-per-vergaderjaar thead th').allTextContents()).map((t) => t.trim());
        expect(header).toEqual(['Vergaderjaar', 'Op tijd', 'Beslist', 'Aandeel op tijd', '95%-interval (Wilson)', 'Tegenover het jaar ervoor']);
        const kept = (await card.page.locator('#tabel-toezeggingen-nagekomen thead th').allTextContents()).map((t) => t.trim());
        expect(kept.slice(0, 2)).toEqual(['Bewindspersoon', 'Gedaan']);
        // Feeds and the subscribe form carry the person's filter.
        const ics = await card.page.locator('a', { hasText: 'Termijnen in je agenda (ICS)' }).getAttribute('href');
        expect(ics).toBe('/feeds/termijnen.ics?ministry=jenv&minister=Grapperhaus');
        expect(await card.page.locator('form input[type=hidden][name=minister]').getAttribute('value')).toBe('Grapperhaus');
      } finally {
        await card.close();
      }
    }
  });

  it('links minister names to their page on the question page, the Monday list and the ministry page', async () => {
    const question = await visit(fixture, `/vragen/${ZAAK}?asOf=${MONDAY}`);
    try {
      const hrefs = await question.page
        .locator('dl a')
        .evaluateAll((as) => as.map((a) => (a as unknown as { getAttribute(n: string): string | null }).getAttribute('href')));
      expect(hrefs).toEqual(expect.arrayContaining([`/bewindspersonen/ferdinand-grapperhaus?asOf=${MONDAY}`, `/bewindspersonen/stef-blok?asOf=${MONDAY}`]));
    } finally {
      await question.close();
    }
    const monday = await visit(fixture, `/achterstallig?asOf=${MONDAY}`);
    try {
      const links = await monday.page
        .locator('section.minister-group h3 a')
        .evaluateAll((as) => as.map((a) => (a as unknown as { getAttribute(n: string): string | null }).getAttribute('href')));
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) expect(href).toMatch(/^\/bewindspersonen\/[a-z-]+\?asOf=2024-12-09$/);
      // Every link leads to a page.
      for (const href of links) expect((await fetch(`${fixture.base}${href}`)).status).toBe(200);
    } finally {
      await monday.close();
    }
    const ministry = await visit(fixture, `/ministeries/jenv?asOf=${MONDAY}`);
    try {
      expect(await ministry.page.locator(`#tabel-op-tijd-per-ambtstermijn a[href="/bewindspersonen/ferdinand-grapperhaus?asOf=${MONDAY}"]`).count()).toBe(1);
    } finally {
      await ministry.close();
    }
  });

  it.each(WIDTHS)("marks on the ministry's trend chart where a new minister took the post, named, at %i px", async (width) => {
    const { page, close } = await visit(fixture, `/ministeries/jenv?asOf=${MONDAY}`, { width });
    try {
      // JenV's sets here run from November 2021 (seed 002) to October 2024 (realdoc 009): Yeşilgöz-Zegerius came on
      // 10 January 2022, Van Weel on 2 July 2024; Grapperhaus took the post before the first set, so no line for him.
      const texts = (await chartTexts(page)).filter((t) => t.chart === 'per-maand');
      const names = width === 360 ? ['Yeşilgöz-Zegerius', 'van Weel'] : ['Dilan Yeşilgöz-Zegerius', 'David van Weel'];
      for (const name of names) {
        const label = texts.find((t) => t.text === name);
        expect(label).toBeDefined();
        expect(label!.px).toBeGreaterThanOrEqual(11);
        expect(label!.cut).toBe(false);
      }
      expect(texts.some((t) => t.text.includes('Grapperhaus'))).toBe(false);
      const caption = await page.locator('figure[data-chart="per-maand"] figcaption').innerText();
      expect(caption).toContain('een nieuwe minister: Dilan Yeşilgöz-Zegerius (2022-01-10), David van Weel (2024-07-02)');
      await page.locator('#grafiek-per-maand .chart-box').screenshot({ path: path.join(SCREENSHOT_DIR, `ministerie-jenv-trend-${width}.png`) });
    } finally {
      await close();
    }
  });

  it('/partijen: per party and vergaderjaar the share on time inside its Wilson interval, and the verdict from the second year on', async () => {
    const response = await fetch(`${fixture.base}/partijen?asOf=${MONDAY}&format=csv&tabel=op-tijd-per-partij-per-vergaderjaar`);
    const csv = parseCsv(Buffer.from(await response.arrayBuffer()).toString('utf8'));
    expect(csv[0]).toEqual(['Partij', 'Vergaderjaar', 'Op tijd', 'Beslist', 'Aandeel op tijd', '95%-interval (Wilson)', 'Tegenover het jaar ervoor']);
    const rows = csv.slice(1);
    expect(rows.length).toBeGreaterThan(1);
    const seen = new Set<string>();
    for (const [party, year, onTime, decided, share, interval, verdict] of rows) {
      expect(year).toMatch(/^\d{4}-\d{4}$/);
      if (Number(decided) > 0) {
        expect(Number(share)).toBeCloseTo(Number(onTime) / Number(decided), 4);
        const [low, high] = interval.split('–').map(Number);
        expect(low).toBeLessThanOrEqual(Number(share));
        expect(high).toBeGreaterThanOrEqual(Number(share));
      }
      // A party's first year with decided sets has nothing before it to compare with.
      if (!seen.has(party) && Number(decided) > 0) expect(verdict).toBe('');
      else if (Number(decided) > 0) expect(['sneller', 'trager', 'geen verschil aantoonbaar']).toContain(verdict);
      if (Number(decided) > 0) seen.add(party);
    }
  });

  it('answers 404 in HTML for a name the table does not know', async () => {
    const response = await fetch(`${fixture.base}/bewindspersonen/niemand-bekend`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('text/html');
  });
});
