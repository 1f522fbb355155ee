// Part of `npm run bench:parse`: the import rate in question sets per second, over generated documents of both
// formats (the seeds with new zaak numbers, dates and people), one transaction per document as in real use. Into
// SQLite, or PostgreSQL with BENCH_DATABASE=postgres. BENCH_IMPORT_DOCS sets the count (default 10,000).
// It then measures the floor (support/import-floor.ts): the same rows written by hand-written SQL into a
// fresh database, one transaction per document; the import is reported beside it with the ratio.
// As the CLI's bulk import, document n+1 is parsed on a worker thread (ParseAhead) while document n is written;
// BENCH_IMPORT_PARSE_AHEAD=0 parses each on the writing thread instead.
import os from 'node:os';
import { DEFAULT_POLICY, DocumentImportService, ParseAhead } from '#domain';
import { benchDatabaseKind, openBenchDatabase } from './support/bench-database.js';
import { formatNumber, ratioTo, recordFigure } from './support/bench-results.js';
import { measureImportFloor, measurePostgresImportFloor, type ImportFloor } from './support/import-floor.js';
import { readSeeds, seedVariant } from './support/seed-variants.js';

const COUNT = Number(process.env.BENCH_IMPORT_DOCS ?? 10_000);
const PARSE_AHEAD = process.env.BENCH_IMPORT_PARSE_AHEAD !== '0';
// The import's target on each database, and how far from the floor it may be (issue 16).
const TARGET_SETS_PER_SECOND = { sqlite: 1000, postgres: 500 } as const;
const MAX_RATIO_TO_FLOOR = 3;

const load = () => os.loadavg()[0].toFixed(1);

async function main(): Promise<void> {
  const seeds = readSeeds();
  const db = await openBenchDatabase('import', benchDatabaseKind());
  const service = new DocumentImportService(db.ds, DEFAULT_POLICY);
  let bytes = 0;
  let sets: number;
  let seconds: number;
  let rssMb: number;
  // The process's own CPU time: on a machine shared with other work it varies less than the wall clock.
  let cpuSeconds: number;
  let floor: ImportFloor;
  const loadBefore = load();
  let loadAfter: string;
  try {
    const started = process.hrtime.bigint();
    const cpuStarted = process.cpuUsage();
    const ahead = PARSE_AHEAD ? new ParseAhead(DEFAULT_POLICY) : null;
    const read = (i: number) => {
      const text = seedVariant(seeds, i);
      return { text, parsed: ahead?.parse(text) };
    };
    try {
      let next = read(0);
      for (let i = 0; i < COUNT; i += 1) {
        const { text, parsed } = next;
        if (i + 1 < COUNT) next = read(i + 1);
        bytes += text.length;
        const result = await service.importText(text, { parsed });
        if (result.outcome !== 'imported') throw new Error(`document ${i} was ${result.outcome}, expected a new set`);
      }
    } finally {
      await ahead?.close();
    }
    seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = process.cpuUsage(cpuStarted);
    cpuSeconds = (cpu.user + cpu.system) / 1e6;
    loadAfter = load();
    // Before the floor, which reads the imported rows back.
    rssMb = process.resourceUsage().maxRSS / 1024;
    sets = Number((await db.ds.query('SELECT COUNT(*) AS n FROM question_set'))[0].n);
    const floorDb = await openBenchDatabase('import-floor', db.kind);
    try {
      floor = db.kind === 'sqlite' ? measureImportFloor(db.ds, floorDb.ds) : await measurePostgresImportFloor(db.ds, floorDb.ds);
    } finally {
      await floorDb.dispose();
    }
  } finally {
    await db.dispose();
  }
  const rate = sets / seconds;
  const floorRate = floor.sets / floor.seconds;
  const ratio = floorRate / rate;
  console.log('| figure | value | target |');
  console.log('| --- | --- | --- |');
  console.log(
    `| import into ${db.kind}${PARSE_AHEAD ? ', parsing ahead on a worker thread' : ''} | ${sets} question sets (${(bytes / 1048576).toFixed(1)} MB) in ${seconds.toFixed(1)} s, load ${loadBefore} → ${loadAfter} | — |`,
  );
  const target = TARGET_SETS_PER_SECOND[db.kind];
  console.log(`| import rate | ${Math.round(rate)} question sets/s | ≥ ${formatNumber(target)} /s |`);
  console.log(`| CPU time of the importing process | ${((cpuSeconds * 1000) / sets).toFixed(2)} ms a set | — |`);
  console.log(
    `| floor: the same ${formatNumber(floor.rows)} rows by hand-written SQL, one transaction per set | ${Math.round(floorRate)} sets/s (${((floor.seconds * 1000) / floor.sets).toFixed(2)} ms a set), load ${load()} | — |`,
  );
  console.log(`| import ÷ floor (time per set) | ${ratio.toFixed(2)}× | ≤ ${MAX_RATIO_TO_FLOOR}× |`);
  console.log(`| peak RSS | ${rssMb.toFixed(0)} MB | ≤ 300 MB |`);
  const figure = { bench: 'import', database: db.kind, floor: '' };
  recordFigure({
    ...figure,
    figure: `import of ${formatNumber(sets)} documents, one transaction each (load ${loadAfter})`,
    value: `${formatNumber(rate)} sets/s`,
    target: `≥ ${formatNumber(target)} sets/s and ≤ ${MAX_RATIO_TO_FLOOR}× the floor`,
    floor: `the same rows by hand-written SQL: ${formatNumber(floorRate)} sets/s`,
    ratio: ratioTo(ratio, 1, 'the floor'),
    met: rate >= target && ratio <= MAX_RATIO_TO_FLOOR,
  });
  recordFigure({ ...figure, figure: 'peak RSS of the importing process', value: `${rssMb.toFixed(0)} MB`, target: '≤ 300 MB', met: rssMb <= 300 });
}

await main();
