// npm run bench:parse — generates BENCH_DOCS (default 10,000) documents of both formats from the seeds (varied zaak
// numbers, dates, names, question counts, deferrals), written one by one to a temp folder, then measures
//   (a) the floor: read each file and split it into lines;
//   (b) parsing: read each file and parse it, without commitment extraction (the parser proper) and with it
//       (parseDocument as the import calls it; the extractor has its own bench, npm run bench:commitments);
// in documents/s and MB/s, the ratio parse/floor (target ≤ 5× for the parser proper) and peak RSS. Files are streamed one at a time;
// the corpus is never held in memory. A benchmark, not a test; SQLite import is measured elsewhere.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, ParseError, THEME_VOCABULARY, type ParsedDocument, type ParsedQuestion } from '#parsing';
// Not part of the public API: the same parse without the commitment extractor, to time the parser on its own.
import { parseDocumentStructure } from '../../libs/parsing/src/parse-document.js';
import { formatNumber, recordFigure } from './support/bench-results.js';

const DOCS = Number(process.env.BENCH_DOCS ?? 10_000);
const SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../seeds');
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const FIRST = ['Sjoerd', 'Jeanet', 'Queeny', 'Ingrid', 'Ruben', 'Pieter', 'Fleur', 'Mustafa', 'Lisa', 'Kees', 'Anne', 'Derk', 'Joost', 'Sandra'];
const LAST = [
  'Sjoerdsma',
  'van der Laan',
  'Rajkowski',
  'Michon',
  'Brekelmans',
  'Omtzigt',
  'Agema',
  'Kuzu',
  'Westerveld',
  'Van der Staaij',
  'Ceder',
  'Bikker',
  'De Jong',
  'Van Nispen',
];
const PARTIES = ['VVD', 'D66', 'CDA', 'PVV', 'SP', 'GroenLinks', 'PvdA', 'ChristenUnie', 'SGP', 'PvdD', 'FVD', 'JA21', 'Volt', 'BBB'];
const MINISTRIES = [
  'Buitenlandse Zaken',
  'Justitie en Veiligheid',
  'Infrastructuur en Waterstaat',
  'Onderwijs, Cultuur en Wetenschap',
  'Volksgezondheid, Welzijn en Sport',
  'Financiën',
];
const REASONS = [
  'in verband met de voor de beantwoording benodigde interdepartementale afstemming',
  'aangezien nog niet alle benodigde informatie is ontvangen',
  'omdat een zorgvuldige beantwoording meer tijd vraagt',
];

// A small deterministic PRNG (mulberry32), so every run generates the same corpus.
let state = 0x5eed;
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
// Half of the documents write dates with a non-breaking space, as the real pages often do.
let noisy = false;
function dutch(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}${noisy ? '\u00a0' : ' '}${MONTHS[m - 1]} ${y}`;
}

interface Facts {
  zaak: string;
  submitted: string;
  answered: string | null;
  deferral: string | null;
  questions: ParsedQuestion[];
}

function facts(pool: ParsedQuestion[], index: number): Facts {
  const submitted = addDays('2015-01-05', int(0, 3600));
  const answered = random() < 0.85 ? addDays(submitted, int(5, 160)) : null;
  const deferral = random() < 0.3 ? addDays(submitted, int(14, 24)) : null;
  const count = int(1, 20);
  const questions = Array.from({ length: count }, (_, i) => ({ ...pick(pool), number: i + 1 }));
  return { zaak: `${submitted.slice(0, 4)}Z${String(10000 + (index % 90000)).padStart(5, '0')}`, submitted, answered, deferral, questions };
}

function listingDocument(f: Facts): string {
  const out = [`Kamervraag ${f.zaak}`, '', `Vragen over onderwerp ${f.zaak}`, '', `Ingediend ${dutch(f.submitted)}`];
  const people = Array.from({ length: int(1, 3) }, () => `${pick(FIRST)} ${pick(LAST)} (${pick(PARTIES)})`);
  if (f.answered) out.push(`Beantwoord ${dutch(f.answered)} (na ${Math.round((Date.parse(f.answered) - Date.parse(f.submitted)) / 86_400_000)} dagen)`);
  out.push(`${people.length > 1 ? 'Indieners' : 'Indiener'} ${people.join(', ')}`);
  if (f.answered) out.push(`Beantwoord door ${pick(FIRST)} ${pick(LAST)} (minister ${pick(MINISTRIES).toLowerCase()}) (${pick(PARTIES)})`);
  out.push(`Onderwerpen ${Array.from({ length: int(1, 4) }, () => pick(THEME_VOCABULARY)).join(' ')}`);
  out.push(`Bron vraag https://zoek.officielebekendmakingen.nl/kv-tk-${f.zaak}.html`);
  for (const q of f.questions) {
    out.push(` • Vraag ${q.number}`, `  ${q.text.split('\n').join('\n  ')}`, '');
    if (f.answered && q.answer) out.push(`  ${q.answer.split('\n').join('\n  ')}`, '');
  }
  if (f.deferral)
    out.push(
      ` • Mededeling - ${dutch(f.deferral)}`,
      '',
      `  De vragen met kenmerk ${f.zaak} kunnen niet binnen de gebruikelijke termijn worden beantwoord ${pick(REASONS)}.`,
      '',
    );
  out.push('', `Kamervraag document nummer: kv-tk-${f.zaak}`, `Volledige titel: Vragen over onderwerp ${f.zaak}`);
  return out.join('\n');
}

function pageDocument(f: Facts): string {
  const notice = f.answered === null && f.deferral !== null;
  const ministry = pick(MINISTRIES);
  const askers = Array.from({ length: int(1, 2) }, () => `${pick(LAST).replace(/^./, (c) => c.toUpperCase())} (${pick(PARTIES)})`).join(' en ');
  const out = [
    '[overzicht] [activiteiten] [besluiten] [commissies] [kamerleden] [open vragen]',
    '',
    `Antwoord op vragen over onderwerp ${f.zaak}`,
    '',
    notice ? 'Mededeling' : 'Antwoord schriftelijke vragen',
    '',
    `Directe link naar document (.pdf), officiële HTML versie (ah-tk-${f.submitted.slice(0, 4)}${Number(f.submitted.slice(0, 4)) + 1}-${int(1, 4000)}).`,
    '',
    `Onderdeel van zaak ${f.zaak}:`,
    '',
    `Vragen van de leden ${askers} aan de Minister van ${ministry} over onderwerp ${f.zaak} (ingezonden ${dutch(f.submitted)}).`,
    '',
  ];
  if (notice) out.push(`Mededeling van Minister ${pick(LAST)} (${ministry}) (ontvangen ${dutch(f.deferral!)}).`, '');
  else if (f.answered) out.push(`Antwoord van Minister ${pick(LAST)} (${ministry}) (ontvangen ${dutch(f.answered)}).`, '');
  for (const q of f.questions) {
    out.push(`Vraag ${q.number}`, '', `${q.text.split('\n').join('\n\n')}1`, '');
    if (f.answered && q.answer) out.push(`Antwoord ${q.number}`, '', q.answer.split('\n').join('\n\n'), '');
  }
  if (notice)
    out.push('Mededeling', '', `Hierbij deel ik u mede dat de vragen niet binnen de gebruikelijke termijn kunnen worden beantwoord ${pick(REASONS)}.`, '');
  out.push('', '  1. https://www.example.nl/bron↩︎');
  return out.join('\n');
}

function generate(dir: string): { bytes: number; listing: number; page: number; questions: number } {
  const pools = fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => parseDocument(fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8')).questions);
  const pool = pools.flat().filter((q) => q.answer !== null);
  let bytes = 0;
  let listing = 0;
  let questions = 0;
  for (let i = 0; i < DOCS; i++) {
    const asListing = i % 2 === 0;
    noisy = i % 4 < 2;
    const f = facts(pool, i);
    questions += f.questions.length;
    const text = asListing ? listingDocument(f) : pageDocument(f);
    if (asListing) listing++;
    fs.writeFileSync(path.join(dir, `doc-${String(i).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { bytes, listing, page: DOCS - listing, questions };
}

function timed(files: string[], work: (file: string) => number): { seconds: number; sink: number } {
  const start = process.hrtime.bigint();
  let sink = 0;
  for (const file of files) sink += work(file);
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, sink };
}

const floor = (file: string): number => fs.readFileSync(file, 'utf8').split('\n').length;
let rejected = 0;
const parseWith =
  (parser: (text: string) => ParsedDocument) =>
  (file: string): number => {
    try {
      return parser(fs.readFileSync(file, 'utf8')).questions.length;
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      rejected++;
      return 0;
    }
  };
const parseStructure = parseWith(parseDocumentStructure);
const parseFull = parseWith(parseDocument);

// Floor and parse rounds alternate, and the best of each counts, so a busy moment on the machine hits both alike.
function bestOfInterleaved(files: string[], works: ((file: string) => number)[], rounds: number): { seconds: number; sink: number }[] {
  const results = works.map(() => ({ seconds: Infinity, sink: 0 }));
  for (let r = 0; r < rounds; r++) {
    works.forEach((work, i) => {
      (globalThis as { gc?: () => void }).gc?.();
      const run = timed(files, work);
      if (run.seconds < results[i].seconds) results[i] = run;
    });
  }
  return results;
}

function main(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'termijnwacht-bench-parse-'));
  try {
    const corpus = generate(dir);
    const files = fs
      .readdirSync(dir)
      .sort()
      .map((f) => path.join(dir, f));
    timed(files.slice(0, 1000), parseFull); // warm up the JIT and the page cache
    timed(files, floor);
    const [floorRun, parseRun] = bestOfInterleaved(files, [floor, parseStructure], 3);
    const floorSeconds = floorRun.seconds;
    const parseSeconds = parseRun.seconds;
    rejected = 0;
    const [full] = bestOfInterleaved(files, [parseFull], 1);
    const fullSeconds = full.seconds;
    const mb = corpus.bytes / 1048576;
    const rssMb = process.resourceUsage().maxRSS / 1024;
    const row = (label: string, seconds: number): string =>
      `| ${label} | ${Math.round(files.length / seconds).toLocaleString('en')} docs/s | ${(mb / seconds).toFixed(1)} MB/s | ${seconds.toFixed(2)} s |`;
    console.log(
      `corpus: ${files.length.toLocaleString('en')} documents (${corpus.listing} listing, ${corpus.page} page), ${mb.toFixed(1)} MB; refused: ${rejected}; questions found ${full.sink.toLocaleString('en')} of ${corpus.questions.toLocaleString('en')} generated`,
    );
    console.log('');
    console.log('| measure | documents/s | MB/s | time |');
    console.log('| --- | --- | --- | --- |');
    console.log(row('(a) floor: read + split lines (best of 3)', floorSeconds));
    console.log(row('(b) read + parse, no commitments (best of 3)', parseSeconds));
    console.log(row('(b′) read + parseDocument incl. commitment extraction (1 run)', fullSeconds));
    console.log(`| ratio (b) / (a) | ${(parseSeconds / floorSeconds).toFixed(2)}× | target ≤ 5× | |`);
    console.log(`| ratio (b′) / (a) | ${(fullSeconds / floorSeconds).toFixed(2)}× | | |`);
    console.log(`| peak RSS (process.resourceUsage().maxRSS) | ${rssMb.toFixed(0)} MB | | |`);
    const docsPerSecond = (seconds: number) => `${formatNumber(files.length / seconds)} docs/s, ${(mb / seconds).toFixed(1)} MB/s`;
    const base = { bench: 'parse', database: '' };
    recordFigure({
      ...base,
      figure: 'parse (the contract, no commitment extraction)',
      value: docsPerSecond(parseSeconds),
      target: '≤ 5× the floor',
      floor: `read + split lines: ${docsPerSecond(floorSeconds)}`,
      met: parseSeconds / floorSeconds <= 5,
    });
    recordFigure({
      ...base,
      figure: 'parse ÷ floor',
      value: `${(parseSeconds / floorSeconds).toFixed(2)}×`,
      target: '≤ 5×',
      floor: 'read + split lines',
      met: parseSeconds / floorSeconds <= 5,
    });
    recordFigure({
      ...base,
      figure: 'parse with commitment extraction',
      value: docsPerSecond(fullSeconds),
      target: '',
      floor: `${(fullSeconds / floorSeconds).toFixed(1)}× the floor`,
      met: null,
    });
    recordFigure({
      ...base,
      figure: `peak RSS, parsing ${formatNumber(files.length)} documents (${mb.toFixed(0)} MB) streamed`,
      value: `${rssMb.toFixed(0)} MB`,
      target: '≤ 300 MB',
      floor: '',
      met: rssMb <= 300,
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
