import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import { parseCsv } from './support/csv-parse.js';
import { startPages, tableRows, visit, type PagesFixture } from './support/pages-fixture.js';

const MONDAY = '2024-12-09';

interface OverdueJson {
  total: number;
  groups: { minister: string; count: number; items: { key: string; zaak: string | null }[] }[];
  unknownAddressee: { reason: string; count: number; items: { key: string; zaak: string | null }[] };
}

/** The body as sent: fetch's text() drops a byte order mark, which is the thing to check. */
async function rawText(response: Response): Promise<string> {
  return Buffer.from(await response.arrayBuffer()).toString('utf8');
}

function vevents(ics: string): { uid: string; start: string; summary: string }[] {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  return [...unfolded.matchAll(/BEGIN:VEVENT\r\n([\s\S]*?)END:VEVENT/g)].map((m) => ({
    uid: /^UID:(.*)$/m.exec(m[1])![1].trim(),
    start: /^DTSTART;VALUE=DATE:(\d{8})$/m.exec(m[1])![1],
    summary: /^SUMMARY:(.*)$/m.exec(m[1])![1].trim(),
  }));
}

describe('filters, CSV downloads and feeds', () => {
  let fixture: PagesFixture;

  beforeAll(async () => {
    fixture = await startPages();
  }, 60_000);
  afterAll(async () => {
    await fixture?.close();
  });

  it('narrows /vragen to one party with the filter form, and every row left shows that party', async () => {
    const { page, problems, close } = await visit(fixture, '/vragen');
    try {
      const all = await tableRows(page, 'vragen');
      expect(all).toHaveLength(21);
      await page.selectOption('#party', 'vvd');
      await Promise.all([page.waitForURL(/party=vvd/), page.getByRole('button', { name: 'Filter' }).click()]);
      const vvd = await tableRows(page, 'vragen');
      expect(vvd.length).toBeGreaterThan(0);
      expect(vvd.length).toBeLessThan(all.length);
      const submitters = await page.locator('#tabel-vragen thead th').allInnerTexts();
      const column = submitters.findIndex((t) => t.trim() === 'Indieners');
      for (const row of vvd) expect(row[column]).toContain('(VVD)');
      // The URL a person would type gives the same rows.
      const typed = await visit(fixture, '/vragen?party=VVD');
      expect(await tableRows(typed.page, 'vragen')).toEqual(vvd);
      await typed.close();
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('downloads the filtered list as CSV with exactly the rows of the table, UTF-8 with a BOM', async () => {
    const { page, close } = await visit(fixture, '/vragen?party=VVD');
    try {
      const shown = await tableRows(page, 'vragen');
      const header = (await page.locator('#tabel-vragen thead th').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download als CSV' }).click()]);
      expect(download.suggestedFilename()).toBe('vragen-vragen.csv');
      const csv = parseCsv(fs.readFileSync(await download.path(), 'utf8'));
      expect(csv[0]).toEqual(header);
      expect(csv.slice(1)).toEqual(shown);
    } finally {
      await close();
    }
  });

  it('puts the same sets on /achterstallig, in its CSV and in GET /reports/overdue', async () => {
    const report = (await (await fetch(`${fixture.base}/reports/overdue?asOf=${MONDAY}`)).json()) as OverdueJson;
    // Issue 13: of the 4 sets overdue on 9 December 2024, Podt's (realdoc 013, to the Minister van Asiel en Migratie)
    // sits under Faber; the 3 listing pages that name nobody (realdocs 003-005) are "adressaat nog onbekend".
    const expected = [
      ...report.groups.flatMap((g) => g.items.map((i) => [g.minister, i.zaak ?? i.key])),
      ...report.unknownAddressee.items.map((i) => ['adressaat nog onbekend', i.zaak ?? i.key]),
    ];
    expect(report.total).toBe(4);
    expect(report.groups.map((g) => [g.minister, g.count])).toEqual([['Minister van Asiel en Migratie (Faber-van de Klashorst)', 1]]);
    expect(report.unknownAddressee.items.map((i) => i.zaak).sort()).toEqual(['2020Z14248', '2024Z16988', '2024Z18561']);
    const { page, close } = await visit(fixture, `/achterstallig?asOf=${MONDAY}`);
    try {
      const groups = await page.locator('section.minister-group h3').allInnerTexts();
      expect(await page.locator('#adressaat-onbekend').innerText()).toBe('Adressaat nog onbekend (3)');
      expect(await page.locator('main').innerText()).not.toContain('Onbekend');
      expect(groups.map((g) => g.replace(/\s*\(\d+\)$/, ''))).toEqual(report.groups.map((g) => g.minister));
      const shown = (await page.locator('section.minister-group tbody tr td:first-child').allInnerTexts()).map((t) => t.trim());
      expect(shown).toEqual(expected.map(([, id]) => id));
      const href = await page.getByRole('link', { name: 'Hele lijst als CSV' }).getAttribute('href');
      const response = await fetch(`${fixture.base}${href}`);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="achterstallig-2024-12-09-lijst\.csv"/);
      const csv = parseCsv(await rawText(response));
      expect(csv[0].slice(0, 3)).toEqual(['Bewindspersoon', 'Zaak', 'Status']);
      expect(csv.slice(1).map((r) => [r[0], r[1]])).toEqual(expected);
      // The deferral marks: the status names the deferral, the extended term is there or says there was none.
      expect(csv.slice(1).map((r) => r[2])).toEqual(expect.arrayContaining(['Achterstallig', 'Achterstallig na uitstel']));
    } finally {
      await close();
    }
  });

  it('writes accents in CSV as UTF-8 behind a byte order mark, so a spreadsheet reads Kostić right', async () => {
    const response = await fetch(`${fixture.base}/kamerleden?format=csv&tabel=kamerleden`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const members = parseCsv(await rawText(response));
    expect(members[0]).toEqual(['Kamerlid', 'Partij', 'Vragensets']);
    expect(members.slice(1).map((r) => r[0])).toEqual(expect.arrayContaining(['Kostić', 'André Flach']));
  });

  it('serves a calendar per filter with one all-day event per set and term, stable uids, as text/calendar', async () => {
    const response = await fetch(`${fixture.base}/feeds/termijnen.ics?submitter=van-houwelingen&asOf=${MONDAY}`);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = await response.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    const events = vevents(ics);
    expect(events.map((e) => [e.uid, e.start])).toEqual([
      ['ah-tk-20242025-581-term@termijnwacht', '20241113'],
      ['2024Z18561-term@termijnwacht', '20241206'],
    ]);
    expect(events[1].summary).toContain('Termijn Kamervragen 2024Z18561: NAVO-verplichtingen');

    // The page of that member links to exactly this filter.
    const { page, close } = await visit(fixture, `/kamerleden/van-houwelingen?asOf=${MONDAY}`);
    const link = await page.getByRole('link', { name: 'Termijnen in je agenda (ICS)' }).getAttribute('href');
    await close();
    expect(link).toBe('/feeds/termijnen.ics?submitter=van-houwelingen');

    // Every set still unanswered keeps its terms in the unfiltered calendar; uids do not repeat.
    const everything = vevents(await (await fetch(`${fixture.base}/feeds/termijnen.ics?asOf=${MONDAY}`)).text());
    expect(new Set(everything.map((e) => e.uid)).size).toBe(everything.length);
    expect(everything.map((e) => e.uid)).toEqual(
      expect.arrayContaining(['2020Z14248-term@termijnwacht', '2020Z14248-extended_term@termijnwacht', '2024Z16988-extended_term@termijnwacht']),
    );
    const again = vevents(await (await fetch(`${fixture.base}/feeds/termijnen.ics?asOf=${MONDAY}`)).text());
    expect(again.map((e) => e.uid)).toEqual(everything.map((e) => e.uid));
  });

  it('serves an Atom feed of sets that went overdue in the last 90 days, newest first, that an XML parser accepts', async () => {
    const response = await fetch(`${fixture.base}/feeds/achterstallig.atom?asOf=${MONDAY}`);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();
    const { page, close } = await visit(fixture, '/kamerleden');
    try {
      const parsed = await page.evaluate((text) => {
        // The browser's own XML parser: it refuses what is not well-formed. (Typed here: the tests have no DOM typings.)
        interface XmlElement {
          localName: string;
          textContent: string | null;
          getElementsByTagName(name: string): XmlElement[];
        }
        interface XmlDocument {
          documentElement: XmlElement;
          getElementsByTagName(name: string): XmlElement[];
          getElementsByTagNameNS(ns: string, name: string): Iterable<XmlElement>;
        }
        const { DOMParser } = globalThis as unknown as { DOMParser: new () => { parseFromString(text: string, type: string): XmlDocument } };
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        if (doc.getElementsByTagName('parsererror').length > 0) return { error: doc.getElementsByTagName('parsererror')[0].textContent };
        const entries = [...doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry')];
        return {
          error: null,
          root: doc.documentElement.localName,
          entries: entries.map((e) => [e.getElementsByTagName('id')[0].textContent, e.getElementsByTagName('updated')[0].textContent]),
        };
      }, xml);
      expect(parsed.error).toBeNull();
      expect(parsed.root).toBe('feed');
      expect(parsed.entries).toEqual([
        ['urn:termijnwacht:question:2024Z16988:overdue:2024-12-06', '2024-12-07T00:00:00.000Z'],
        ['urn:termijnwacht:question:2024Z18561:overdue:2024-12-06', '2024-12-07T00:00:00.000Z'],
        ['urn:termijnwacht:question:2024-10-24-podt:overdue:2024-12-05', '2024-12-06T00:00:00.000Z'],
        ['urn:termijnwacht:question:ah-tk-20242025-580:overdue:2024-11-15', '2024-11-16T00:00:00.000Z'],
        ['urn:termijnwacht:question:ah-tk-20242025-581:overdue:2024-11-13', '2024-11-14T00:00:00.000Z'],
        ['urn:termijnwacht:question:ah-tk-20242025-558:overdue:2024-11-08', '2024-11-09T00:00:00.000Z'],
        ['urn:termijnwacht:question:ah-tk-20242025-586:overdue:2024-10-24', '2024-10-25T00:00:00.000Z'],
      ]);
    } finally {
      await close();
    }
    // A filter narrows the feed: one party's sets only.
    const fvd = await (await fetch(`${fixture.base}/feeds/achterstallig.atom?party=FVD&asOf=${MONDAY}`)).text();
    expect([...fvd.matchAll(/<id>(urn:[^<]+)<\/id>/g)].map((m) => m[1])).toEqual([
      'urn:termijnwacht:question:2024Z18561:overdue:2024-12-06',
      'urn:termijnwacht:question:ah-tk-20242025-581:overdue:2024-11-13',
    ]);
  });

  it('filters commitments by status, and the overdue ones are all past their date', async () => {
    const { page, problems, close } = await visit(fixture, `/toezeggingen?asOf=${MONDAY}`);
    try {
      const all = await tableRows(page, 'toezeggingen');
      await page.selectOption('#status', 'overdue');
      await Promise.all([page.waitForURL(/status=overdue/), page.getByRole('button', { name: 'Filter' }).click()]);
      const overdue = await tableRows(page, 'toezeggingen');
      expect(overdue.length).toBeGreaterThan(0);
      expect(overdue.length).toBeLessThan(all.length);
      const header = (await page.locator('#tabel-toezeggingen thead th').allInnerTexts()).map((t) => t.trim());
      const [due, status] = [header.indexOf('Uiterlijk'), header.indexOf('Status')];
      for (const row of overdue) {
        expect(row[status]).toBe('Over de datum');
        expect(row[due] < MONDAY).toBe(true);
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
