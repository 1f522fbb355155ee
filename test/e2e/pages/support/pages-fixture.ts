import type { NestExpressApplication } from '@nestjs/platform-express';
import { DEFAULT_POLICY, DocumentImportService, type Env } from '#domain';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApiApp } from '../../../../apps/api/src/bootstrap.js';
import { createTestEnv, openTestDatabase, REALDOCS_DIR, REPO_ROOT, seedFiles } from '../../../support/test-env.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-output/screenshots');
const AXE_SCRIPT = path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PagesFixture {
  base: string;
  env: Env;
  app: NestExpressApplication;
  browser: Browser;
  close(): Promise<void>;
}

/** The realdocs that are written-questions documents; bad_* are damaged on purpose and rejected by the import. */
function realdocFiles(): string[] {
  return fs
    .readdirSync(REALDOCS_DIR)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map((f) => path.join(REALDOCS_DIR, f));
}

/**
 * The API on an ephemeral port with its own SQLite file holding the five seeds and the sixteen realdocs, and
 * Debian's Chromium driven by playwright-core. No Chromium is a failure that says how to get one, never a skip.
 */
export async function startPages(options: { extraDocuments?: string[]; env?: Record<string, string> } = {}): Promise<PagesFixture> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The browser tests need Debian's chromium package: apt-get install chromium (.ci/run installs it), or set CHROMIUM_PATH.`,
    );
  }
  const env = createTestEnv(options.env);
  await (await openTestDatabase(env)).destroy();
  const app = await createApiApp(env, DEFAULT_POLICY, { logger: false, shutdownHooks: false });
  await app.init();
  const importer = app.get(DocumentImportService);
  for (const file of [...seedFiles(), ...realdocFiles()]) await importer.importText(fs.readFileSync(file, 'utf8'), { filename: path.basename(file) });
  for (const text of options.extraDocuments ?? []) await importer.importText(text, { filename: 'extra.txt' });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    base: `http://127.0.0.1:${port}`,
    env,
    app,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
    },
  };
}

export interface Visit {
  page: Page;
  /** Console errors, uncaught page errors, failed requests and error responses, as text. */
  problems: string[];
  /** Every URL the page asked for that is not on the app's own origin. */
  foreign: string[];
  close(): Promise<void>;
}

/** Opens a page in a fresh context and records everything that went wrong or left the origin while it loaded. */
export async function visit(fixture: PagesFixture, url: string, options: { width?: number } = {}): Promise<Visit> {
  const context = await fixture.browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, acceptDownloads: true, locale: 'nl-NL' });
  const page = await context.newPage();
  const problems: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(fixture.base).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== origin) foreign.push(r.url());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(`${fixture.base}${url}`, { waitUntil: 'load' });
  return { page, problems, foreign, close: () => context.close() };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's violations of impact serious or critical on the page as it is now. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not as a <script> tag: the pages' content security policy rightly
  // refuses inline scripts, and stays in force for everything the page itself does.
  await page.evaluate(fs.readFileSync(AXE_SCRIPT, 'utf8'));
  const violations = await page.evaluate(async () => {
    // Runs in the page; the test program has no DOM typings, so the two globals used are typed here.
    const { axe, document } = globalThis as unknown as {
      document: object;
      axe: { run(context: object, options: object): Promise<{ violations: AxeViolation[] }> };
    };
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The text of each cell of each body row of a table, as a person reads it. */
export async function tableRows(page: Page, tableId: string): Promise<string[][]> {
  return page
    .locator(`#tabel-${tableId} tbody tr`)
    .evaluateAll((rows) =>
      rows.filter((r) => !r.querySelector('td.empty')).map((r) => [...r.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())),
    );
}
