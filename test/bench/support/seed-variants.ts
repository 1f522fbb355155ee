// Documents for import benchmarks: the five seeds rewritten into distinct question sets (another zaak, answer id,
// document number and first submitter), so every import creates a new set through the real parse-and-merge path.
import fs from 'node:fs';
import path from 'node:path';

export function readSeeds(folder = path.resolve(process.cwd(), 'seeds')): string[] {
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(folder, f), 'utf8'));
}

/** Seed `i % seeds.length` as question set number `i`; distinct for i below 90,000 (five-digit zaak numbers). */
export function seedVariant(seeds: readonly string[], i: number): string {
  const year = 2015 + (i % 10);
  const zaak = `${year}Z${String(10000 + i).padStart(5, '0')}`;
  return seeds[i % seeds.length]
    .replace(/\b20\d\dZ\d{5}\b/g, zaak)
    .replace(/ah-tk-(\d{8})-\d+/g, `ah-tk-$1-${i}`)
    .replace(/\b20\d\dD\d{5}\b/g, `${year}D${String(i).padStart(5, '0')}`)
    .replace(/Sjoerd Sjoerdsma|Queeny Rajkowski|Ingrid Michon|Ceder/g, `Lid${i % 300}`);
}
