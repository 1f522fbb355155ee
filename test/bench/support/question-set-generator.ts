// Generates realistic question sets straight into a migrated database, in bulk (multi-row INSERTs in transactions):
// ministries, ministers, members with parties, 2015–today, ~40 % answered on time, ~25 % with a deferral.
// For benchmarks only: deterministic (seeded), and far faster than importing documents.
import { addDays, MINISTRIES, type KamerDate } from '#domain';
import type { DataSource, QueryRunner } from 'typeorm';

const PARTIES = ['VVD', 'PVV', 'NSC', 'BBB', 'GL-PvdA', 'D66', 'CDA', 'SP', 'CU', 'SGP', 'PvdD', 'FVD', 'JA21', 'DENK', 'Volt', 'PvdA', 'GL'];
const TOPICS = [
  'zorg en gezondheid',
  'onderwijs en wetenschap',
  'recht',
  'migratie en integratie',
  'verkeer',
  'belastingen',
  'landbouw',
  'defensie',
  'energie',
  'huisvesting',
];
const SURNAMES = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'de Graaf',
];

/** mulberry32: a small seeded PRNG, so every run generates the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Outcome {
  answeredOn: KamerDate | null;
  deferrals: KamerDate[];
  withdrawnOn: KamerDate | null;
}

function outcome(random: () => number, submittedOn: KamerDate, today: KamerDate): Outcome {
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const r = random();
  let answerDay: number | null;
  const deferrals: KamerDate[] = [];
  let withdrawnOn: KamerDate | null = null;
  if (r < 0.4) answerDay = between(3, 21);
  else if (r < 0.65) {
    deferrals.push(addDays(submittedOn, random() < 0.85 ? between(12, 21) : between(22, 35)));
    if (random() < 0.1) deferrals.push(addDays(submittedOn, between(40, 60)));
    const s = random();
    answerDay = s < 0.5 ? between(22, 42) : s < 0.95 ? between(43, 160) : null;
  } else {
    const s = random();
    answerDay = s < 0.92 ? between(22, 120) : null;
    if (answerDay === null && random() < 0.3) withdrawnOn = addDays(submittedOn, between(10, 90));
  }
  const answeredOn = answerDay === null ? null : addDays(submittedOn, answerDay);
  // Whatever lies in the future has not happened yet.
  return {
    answeredOn: answeredOn && answeredOn <= today ? answeredOn : null,
    deferrals: deferrals.filter((d) => d <= today),
    withdrawnOn: withdrawnOn && withdrawnOn <= today ? withdrawnOn : null,
  };
}

/** Multi-row INSERTs on one connection (a query runner, or a transaction's manager); `$n` placeholders on PostgreSQL, `?` on SQLite. */
export async function insertRows(runner: Pick<QueryRunner, 'query' | 'connection'>, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const postgres = runner.connection.options.type === 'postgres';
  const perStatement = Math.floor(30000 / columns.length);
  const columnList = columns.map((c) => `"${c}"`).join(', ');
  for (let i = 0; i < rows.length; i += perStatement) {
    const part = rows.slice(i, i + perStatement);
    let n = 0;
    const placeholders = part.map(() => `(${columns.map(() => (postgres ? `$${++n}` : '?')).join(', ')})`).join(', ');
    await runner.query(`INSERT INTO "${table}" (${columnList}) VALUES ${placeholders}`, part.flat());
  }
}

/** On PostgreSQL explicit ids leave the serial sequences behind; move them past the generated rows. */
async function advanceSequences(runner: QueryRunner, tables: string[]): Promise<void> {
  if (runner.connection.options.type !== 'postgres') return;
  for (const table of tables) {
    await runner.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), COALESCE((SELECT MAX(id) FROM "${table}"), 0) + 1, false)`);
  }
}

export interface GeneratedData {
  sets: number;
  ministrySlugs: string[];
}

/**
 * Inserts `count` question sets submitted from 2015-01-01 up to `today`, with their submitters, answerer, topic,
 * deferrals and the commitments made in about a third of the answers. Needs an empty, migrated database (SQLite or
 * PostgreSQL).
 */
export async function generateQuestionSets(ds: DataSource, count: number, today: KamerDate, seed = 20251122): Promise<GeneratedData> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    return await generateWith(runner, count, today, seed);
  } finally {
    await runner.release();
  }
}

async function generateWith(ds: QueryRunner, count: number, today: KamerDate, seed: number): Promise<GeneratedData> {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const now = new Date().toISOString();
  const span = Math.round((Date.parse(today) - Date.parse('2015-01-01')) / 86_400_000) - 1;

  await ds.startTransaction();
  await insertRows(
    ds,
    'party',
    ['id', 'abbreviation', 'slug'],
    PARTIES.map((p, i) => [i + 1, p, p.toLowerCase()]),
  );
  await insertRows(
    ds,
    'ministry',
    ['id', 'slug', 'name', 'abbreviation'],
    MINISTRIES.map((m, i) => [i + 1, m.slug, m.name, m.abbreviation]),
  );
  const members = Array.from({ length: 300 }, (_, i) => ({ id: i + 1, name: `Lid ${SURNAMES[i % SURNAMES.length]} ${i}`, partyId: (i % PARTIES.length) + 1 }));
  const ministers = MINISTRIES.flatMap((m, mi) =>
    [0, 1, 2].map((k) => ({ id: 1000 + mi * 3 + k, ministryId: mi + 1, surname: `${SURNAMES[(mi * 3 + k) % SURNAMES.length]}-${mi}${k}`, ministry: m.name })),
  );
  await insertRows(
    ds,
    'person',
    ['id', 'name', 'slug', 'partyId'],
    [...members.map((m) => [m.id, m.name, `lid-${m.id}`, m.partyId]), ...ministers.map((m) => [m.id, `Minister ${m.surname}`, `minister-${m.id}`, null])],
  );
  await ds.commitTransaction();

  const batch = 5000;
  for (let start = 0; start < count; start += batch) {
    const sets: unknown[][] = [];
    const submitters: unknown[][] = [];
    const answerers: unknown[][] = [];
    const topics: unknown[][] = [];
    const deferrals: unknown[][] = [];
    const commitments: unknown[][] = [];
    for (let i = start; i < Math.min(count, start + batch); i += 1) {
      const id = i + 1;
      const submittedOn = addDays('2015-01-01', Math.floor(random() * span));
      const o = outcome(random, submittedOn, today);
      const minister = pick(ministers);
      const zaak = `${submittedOn.slice(0, 4)}Z${String(id).padStart(6, '0')}`;
      const label = `Minister van ${minister.ministry} (${minister.surname})`;
      sets.push([
        id,
        zaak,
        zaak,
        `Vragen over onderwerp ${id} bij ${minister.ministry}`,
        'listing',
        `kv-tk-${zaak}`,
        o.answeredOn ? `ah-tk-x-${id}` : null,
        null,
        submittedOn,
        o.answeredOn,
        o.withdrawnOn,
        minister.ministryId,
        label,
        null,
        now,
        now,
      ]);
      const n = random() < 0.7 ? 1 : random() < 0.67 ? 2 : 3;
      const chosen = new Set<number>();
      while (chosen.size < n) chosen.add(1 + Math.floor(random() * members.length));
      [...chosen].forEach((personId, position) => submitters.push([id, personId, position, members[personId - 1].partyId]));
      answerers.push([id, minister.id, 0, `minister van ${minister.ministry}`, minister.ministryId, null]);
      topics.push([id, pick(TOPICS)]);
      o.deferrals.forEach((date) => deferrals.push([id, date, 'Uitstelbericht.', 'interdepartementale afstemming', date]));
      // About a third of the answers promise something (a letter, a report), one to three times, mostly with a date.
      if (o.answeredOn && random() < 0.33) {
        const made = random() < 0.75 ? 1 : random() < 0.7 ? 2 : 3;
        for (let k = 0; k < made; k += 1) {
          const stated = random() < 0.6;
          const dueDate = addDays(o.answeredOn, stated ? 30 + Math.floor(random() * 300) : 183);
          const fulfilled = dueDate < today && random() < 0.45;
          commitments.push([
            id,
            k + 1,
            `Ik zal de Kamer voor de zomer informeren over onderwerp ${id}.`,
            'kabinet',
            'informeren',
            stated ? 'voor de zomer' : null,
            dueDate,
            !stated,
            'firm',
            null,
            o.answeredOn,
            fulfilled ? 'fulfilled' : 'open',
            fulfilled ? addDays(dueDate, -Math.floor(random() * 30)) : null,
            'extracted',
            'extracted',
            `gen-${id}-${k}`,
            minister.ministry,
            now,
            now,
          ]);
        }
      }
    }
    await ds.startTransaction();
    await insertRows(
      ds,
      'question_set',
      [
        'id',
        'key',
        'zaak',
        'title',
        'titleSource',
        'questionDocumentId',
        'answerDocumentId',
        'documentNumber',
        'submittedOn',
        'answeredOn',
        'withdrawnOn',
        'ministryId',
        'ministerLabel',
        'officialTerm',
        'createdAt',
        'updatedAt',
      ],
      sets,
    );
    await insertRows(ds, 'question_set_submitter', ['questionSetId', 'personId', 'position', 'partyId'], submitters);
    await insertRows(ds, 'question_set_answerer', ['questionSetId', 'personId', 'position', 'role', 'ministryId', 'partyId'], answerers);
    await insertRows(ds, 'question_set_topic', ['questionSetId', 'topic'], topics);
    await insertRows(ds, 'deferral', ['questionSetId', 'date', 'text', 'reason', 'dedupeKey'], deferrals);
    await insertRows(
      ds,
      'commitment',
      [
        'questionSetId',
        'questionNumber',
        'text',
        'actor',
        'action',
        'dueText',
        'dueDate',
        'dueImplied',
        'strength',
        'origin',
        'madeOn',
        'status',
        'closedOn',
        'reviewState',
        'source',
        'extractionKey',
        'ministry',
        'createdAt',
        'updatedAt',
      ],
      commitments,
    );
    await ds.commitTransaction();
  }
  await advanceSequences(ds, ['party', 'ministry', 'person', 'question_set']);
  await ds.query('ANALYZE');
  return { sets: count, ministrySlugs: MINISTRIES.map((m) => m.slug) };
}
