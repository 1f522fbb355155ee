import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readSeed } from '../../support/test-env.js';
import { startPages, visit, type PagesFixture } from './support/pages-fixture.js';

// A document whose title is markup: every page, chart label, CSV and feed must show it as text and run nothing.
const HOSTILE_TITLE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> "quotes" & =SUM(A1)';

function hostileDocument(): string {
  const seed = readSeed('000');
  const lines = seed.replaceAll('2022Z01519', '2022Z99999').replace('ah-tk-20212022-1915', 'ah-tk-20212022-9999').split('\n');
  lines[2] = HOSTILE_TITLE;
  return lines.join('\n');
}

describe('text from documents is shown as text', () => {
  let fixture: PagesFixture;

  beforeAll(async () => {
    fixture = await startPages({ extraDocuments: [hostileDocument()] });
  }, 60_000);
  afterAll(async () => {
    await fixture?.close();
  });

  it.each(['/vragen/2022Z99999', '/vragen?q=script', '/kamerleden/sjoerdsma', '/toezeggingen?asOf=2022-03-01'])(
    '%s runs no script from a title and shows it literally',
    async (url) => {
      const { page, problems, foreign, close } = await visit(fixture, url);
      try {
        const pwned = await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned ?? null);
        expect(pwned).toBeNull();
        if (!url.startsWith('/toezeggingen')) expect(await page.locator('main').innerText()).toContain('<script>window.__pwned = 1</script>');
        expect(foreign).toEqual([]);
        // The <img src=x> must not have become a request.
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  it('keeps the title as text in the CSV, the calendar and the Atom feed', async () => {
    const csv = Buffer.from(await (await fetch(`${fixture.base}/vragen?format=csv&q=script`)).arrayBuffer()).toString('utf8');
    expect(csv).toContain('"<script>window.__pwned = 1</script><img src=x onerror=""window.__pwned = 2""> ""quotes"" & =SUM(A1)"');
    const ics = await (await fetch(`${fixture.base}/feeds/termijnen.ics?asOf=2022-02-25`)).text();
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain('SUMMARY:Termijn Kamervragen 2022Z99999: <script>');
    const atom = await (await fetch(`${fixture.base}/feeds/achterstallig.atom?asOf=2022-03-01`)).text();
    expect(atom).toContain('urn:termijnwacht:question:2022Z99999:overdue:2022-02-21');
    // Atom titles are type="html": the markup arrives escaped, so a feed reader shows it as text.
    expect(atom).toContain('2022Z99999 &lt;script&gt;window.__pwned = 1&lt;/script&gt;&lt;img src=x onerror=&quot;');
    expect(atom).not.toContain('<script>');
  });
});
