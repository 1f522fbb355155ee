// npm run bench:sync — maps and stores 100,000 zaken (with actors) served by a local OData fixture server,
// into a fresh database (SQLite, or PostgreSQL with BENCH_DATABASE=postgres), then fetches, extracts and parses the files
// of BENCH_FILES answers (PDF and .docx). Prints zaken/s, documents/s with text extraction, and peak RSS. A benchmark, not a test.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEFAULT_POLICY, DocumentTextSync, DOCX_CONTENT_TYPE, ODataClient, OpenDataSyncService, PDF_CONTENT_TYPE, type SyncProgress } from '#domain';
import { ODataFixtureServer } from '../sync/odata-fixture-server.js';
import { answerText } from '../sync/support/big-feed.js';
import { docxOfText } from '../sync/support/realdoc-docx.js';
import { pdfOfText } from '../sync/support/realdoc-pdf.js';
import { benchDatabaseKind, openBenchDatabase } from './support/bench-database.js';
import { formatNumber, recordFigure } from './support/bench-results.js';

const ZAKEN = Number(process.env.BENCH_ZAKEN ?? 100_000);
const FILES = Math.min(ZAKEN, Number(process.env.BENCH_FILES ?? 1_000));
const BENCH_DATABASE = benchDatabaseKind();
const PARTIES = ['VVD', 'PVV', 'NSC', 'BBB', 'GL-PvdA', 'D66', 'CDA', 'SP', 'CU', 'SGP', 'PvdD', 'FVD', 'JA21', 'DENK', 'Volt'];
const ADDRESSEES = [
  'minister van Justitie en Veiligheid',
  'minister van Volksgezondheid, Welzijn en Sport',
  'staatssecretaris van Financiën',
  'minister van Buitenlandse Zaken',
  'minister van Infrastructuur en Waterstaat',
  'minister van Onderwijs, Cultuur en Wetenschap',
];

async function generate(server: ODataFixtureServer): Promise<void> {
  const start = Date.parse('2020-01-01T00:00:00Z');
  for (let i = 0; i < ZAKEN; i += 1) {
    const gewijzigd = new Date(start + i * 60_000).toISOString();
    const day = new Date(start + Math.floor(i / 40) * 86_400_000).toISOString().slice(0, 10);
    server.data.Zaak.push({
      Id: `z${i}`,
      Nummer: `${2020 + Math.floor(i / 20000)}Z${String(i % 100000).padStart(5, '0')}`,
      Soort: 'Schriftelijke vragen',
      Onderwerp: `Vragen over onderwerp ${i}`,
      GestartOp: `${day}T00:00:00+01:00`,
      Verwijderd: false,
      GewijzigdOp: gewijzigd,
      ApiGewijzigdOp: gewijzigd,
      ZaakActor: [
        {
          Id: `a${i}`,
          ActorNaam: `Kamerlid ${i % 150}`,
          ActorFractie: PARTIES[i % PARTIES.length],
          Relatie: 'Indiener',
          Functie: 'Tweede Kamerlid',
          GewijzigdOp: gewijzigd,
          ApiGewijzigdOp: gewijzigd,
        },
        {
          Id: `g${i}`,
          ActorNaam: null,
          ActorFractie: null,
          Relatie: 'Gericht aan',
          Functie: ADDRESSEES[i % ADDRESSEES.length],
          GewijzigdOp: gewijzigd,
          ApiGewijzigdOp: gewijzigd,
        },
      ],
    });
  }
  // The answers with a file: half PDF (both text-layer shapes), half .docx, each its own text.
  for (let i = 0; i < FILES; i += 1) {
    const gewijzigd = new Date(start + (ZAKEN + i) * 60_000).toISOString();
    const docx = i % 2 === 1;
    server.data.Document.push({
      Id: `d${i}`,
      Soort: 'Antwoord schriftelijke vragen',
      DocumentNummer: `2024D${String(i).padStart(5, '0')}`,
      Onderwerp: 'x',
      Datum: '2024-11-01T00:00:00+01:00',
      ContentType: docx ? DOCX_CONTENT_TYPE : PDF_CONTENT_TYPE,
      Verwijderd: false,
      GewijzigdOp: gewijzigd,
      ApiGewijzigdOp: gewijzigd,
      Zaak: [server.data.Zaak[i].Nummer],
    });
    const text = answerText(i);
    server.files.set(
      `d${i}`,
      docx
        ? { contentType: DOCX_CONTENT_TYPE, bytes: await docxOfText(text) }
        : { contentType: PDF_CONTENT_TYPE, bytes: await pdfOfText(text, i % 4 ? 'split-words' : 'line-per-item') },
    );
  }
}

/** The fixture server runs in a child process, so the peak RSS measured here is the sync's own. */
async function serveFixtures(): Promise<void> {
  const server = new ODataFixtureServer();
  await generate(server);
  process.stdout.write(`${await server.start()}\n`);
}

async function startFixtureProcess(): Promise<{ base: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_ROLE: 'server' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once('exit', (code) => reject(new Error(`fixture server exited with ${code}`)));
  });
  return { base, child };
}

async function main(): Promise<void> {
  const { base, child } = await startFixtureProcess();
  const db = await openBenchDatabase('sync', BENCH_DATABASE);
  const ds = db.ds;
  const client = new ODataClient(base, { minIntervalMs: 0, maxRetries: 2, baseDelayMs: 10, timeoutMs: 60000 });
  const service = new OpenDataSyncService(ds, client, () => new Date(), new DocumentTextSync(ds, client, DEFAULT_POLICY));
  // The zaak feed's own time (the actor and document feeds follow it in the same run).
  let zaakEnded = 0;
  const started = Date.now();
  const reports = await service.run({ initialSince: '2019-01-01', onProgress: (p: SyncProgress) => void (p.feed === 'zaak' && (zaakEnded = Date.now())) });
  const seconds = (zaakEnded - started) / 1000;
  const feedsSeconds = (Date.now() - started) / 1000;
  const zaak = reports.find((r) => r.feed === 'zaak')!;
  const textsStarted = Date.now();
  const texts = (await service.runTexts())!;
  const textSeconds = (Date.now() - textsStarted) / 1000;
  const textRate = texts.stored / textSeconds;
  const size = await db.sizeBytes();
  await db.dispose();
  child.kill();
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log('| figure | value | target |');
  console.log('| --- | --- | --- |');
  console.log(`| zaken mapped and stored | ${zaak.stored} in ${seconds.toFixed(1)} s | 100,000 |`);
  console.log(`| sync rate | ${Math.round(zaak.stored / seconds)} zaken/s | ≥ 2,000 zaken/s |`);
  console.log(`| all four feeds (zaken, actors, documents, toezeggingen) | ${feedsSeconds.toFixed(1)} s | — |`);
  console.log(
    `| files fetched, extracted (PDF.js, mammoth) and parsed | ${texts.stored} of ${texts.attempted} in ${textSeconds.toFixed(1)} s: ${textRate.toFixed(1)} documents/s | — |`,
  );
  console.log(`| peak RSS of the syncing process | ${rssMb.toFixed(0)} MB | — |`);
  console.log(`| database size (${db.kind}) | ${(size / 1048576).toFixed(1)} MB | — |`);
  const figure = { bench: 'sync', database: db.kind, floor: '' };
  const rate = zaak.stored / seconds;
  recordFigure({
    ...figure,
    figure: `sync of ${formatNumber(zaak.stored)} zaken from a local OData fixture server`,
    value: `${formatNumber(rate)} zaken/s`,
    target: db.kind === 'sqlite' ? '≥ 2,000 zaken/s' : '',
    met: db.kind === 'sqlite' ? rate >= 2000 : null,
  });
  recordFigure({
    ...figure,
    figure: `sync with text extraction of ${formatNumber(texts.stored)} answers (PDF and .docx)`,
    value: `${textRate.toFixed(1)} documents/s`,
    target: '',
    met: null,
  });
  recordFigure({ ...figure, figure: 'peak RSS of the syncing process (feeds and texts)', value: `${rssMb.toFixed(0)} MB`, target: '', met: null });
}

if (process.env.BENCH_ROLE === 'server') await serveFixtures();
else await main();
