// Part of `npm run bench:parse`: the import rate in question sets per second, over generated documents of both
// formats (the seeds with new zaak numbers, dates and people), one transaction per document as in real use. Into
// SQLite, or PostgreSQL with BENCH_DATABASE=postgres. BENCH_IMPORT_DOCS sets the count (default 10,000).
import { DEFAULT_POLICY, DocumentImportService } from '#domain';
import { benchDatabaseKind, openBenchDatabase } from './support/bench-database.js';
import { formatNumber, recordFigure } from './support/bench-results.js';
import { readSeeds, seedVariant } from './support/seed-variants.js';

const COUNT = Number(process.env.BENCH_IMPORT_DOCS ?? 10_000);

async function main(): Promise<void> {
  const seeds = readSeeds();
  const db = await openBenchDatabase('import', benchDatabaseKind());
  const service = new DocumentImportService(db.ds, DEFAULT_POLICY);
  let bytes = 0;
  let sets: number;
  let seconds: number;
  try {
    const started = process.hrtime.bigint();
    for (let i = 0; i < COUNT; i += 1) {
      const text = seedVariant(seeds, i);
      bytes += text.length;
      const result = await service.importText(text);
      if (result.outcome !== 'imported') throw new Error(`document ${i} was ${result.outcome}, expected a new set`);
    }
    seconds = Number(process.hrtime.bigint() - started) / 1e9;
    sets = Number((await db.ds.query('SELECT COUNT(*) AS n FROM question_set'))[0].n);
  } finally {
    await db.dispose();
  }
  const rate = sets / seconds;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log('| figure | value | target |');
  console.log('| --- | --- | --- |');
  console.log(`| import into ${db.kind} | ${sets} question sets (${(bytes / 1048576).toFixed(1)} MB) in ${seconds.toFixed(1)} s | — |`);
  console.log(`| import rate | ${Math.round(rate)} question sets/s | ≥ 1,000 /s |`);
  console.log(`| peak RSS | ${rssMb.toFixed(0)} MB | — |`);
  const figure = { bench: 'import', database: db.kind, floor: '' };
  recordFigure({
    ...figure,
    figure: `import of ${formatNumber(sets)} documents, one transaction each`,
    value: `${formatNumber(rate)} sets/s`,
    target: db.kind === 'sqlite' ? '≥ 1,000 sets/s' : '',
    met: db.kind === 'sqlite' ? rate >= 1000 : null,
  });
  recordFigure({ ...figure, figure: 'peak RSS of the importing process', value: `${rssMb.toFixed(0)} MB`, target: '', met: null });
}

await main();
