// Part of `npm run bench:parse`: the import rate into SQLite, in question sets per second, over generated documents
// of both formats (the seeds with new zaak numbers, dates and people), one transaction per document as in real use.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_POLICY, DocumentImportService, openDataSource, readEnv, runMigrations } from '#domain';

const COUNT = Number(process.env.BENCH_IMPORT_DOCS ?? 10_000);
const SEEDS = path.resolve(process.cwd(), 'seeds');

/** A seed rewritten into a distinct question set: another zaak, answer id and first submitter. */
function variant(seed: string, i: number): string {
  const year = 2015 + (i % 10);
  const zaak = `${year}Z${String(10000 + i).padStart(5, '0')}`;
  return seed
    .replace(/\b20\d\dZ\d{5}\b/g, zaak)
    .replace(/ah-tk-(\d{8})-\d+/g, `ah-tk-$1-${i}`)
    .replace(/\b20\d\dD\d{5}\b/g, `${year}D${String(i).padStart(5, '0')}`)
    .replace(/Sjoerd Sjoerdsma|Queeny Rajkowski|Ingrid Michon|Ceder/g, `Lid${i % 300}`);
}

async function main(): Promise<void> {
  const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8'));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'termijnwacht-bench-import-'));
  const env = readEnv({ DATA_DIR: dataDir });
  const ds = await openDataSource(env);
  await runMigrations(ds);
  const service = new DocumentImportService(ds, DEFAULT_POLICY);
  let bytes = 0;
  const started = process.hrtime.bigint();
  for (let i = 0; i < COUNT; i += 1) {
    const text = variant(seeds[i % seeds.length], i);
    bytes += text.length;
    const result = await service.importText(text);
    if (result.outcome !== 'imported') throw new Error(`document ${i} was ${result.outcome}, expected a new set`);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const sets = Number((await ds.query('SELECT COUNT(*) AS n FROM question_set'))[0].n);
  await ds.destroy();
  console.log('| figure | value | target |');
  console.log('| --- | --- | --- |');
  console.log(`| import into SQLite | ${sets} question sets (${(bytes / 1048576).toFixed(1)} MB) in ${seconds.toFixed(1)} s | — |`);
  console.log(`| import rate | ${Math.round(sets / seconds)} question sets/s | ≥ 1,000 /s |`);
  console.log(`| peak RSS | ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB | — |`);
  fs.rmSync(dataDir, { recursive: true, force: true });
}

await main();
