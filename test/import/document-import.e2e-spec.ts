import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_POLICY, DocumentImportService, DocumentRejectedError, MAX_DOCUMENT_BYTES } from '#domain';
import { ParseError } from '#parsing';
import type { DataSource } from 'typeorm';
import { sql } from '../support/sql.js';
import { createTestEnv, openTestDatabase, readRealdoc, readSeed, seedFiles } from '../support/test-env.js';
import fs from 'node:fs';

/** Row counts of every table the import writes, to prove a refused document writes nothing. */
async function tableCounts(ds: DataSource): Promise<Record<string, number>> {
  const tables = [
    'question_set',
    'question',
    'deferral',
    'person',
    'party',
    'ministry',
    'question_set_submitter',
    'question_set_answerer',
    'question_set_topic',
    'source_document',
    'commitment',
  ];
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = Number((await sql(ds, `SELECT COUNT(*) AS n FROM ${t}`))[0].n);
  return counts;
}

/** Seed 000 as it looked before the answer came: no answer lines, no answers. */
function unansweredVariant(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let inQuestion = false;
  let blankSeen = false;
  for (const line of lines) {
    if (/^Beantwoord /.test(line) || /^Bron antwoord/.test(line) || /^Kamerantwoord document/.test(line)) continue;
    if (/^\s*•\s*Vraag \d+/.test(line)) {
      inQuestion = true;
      blankSeen = false;
      out.push(line);
      continue;
    }
    if (inQuestion) {
      if (line.trim() === '') {
        blankSeen = true;
        continue;
      }
      if (blankSeen) continue; // the answer paragraphs
      out.push(line);
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

describe('document import into a real SQLite file', () => {
  let ds: DataSource;
  let service: DocumentImportService;

  beforeAll(async () => {
    ds = await openTestDatabase(createTestEnv());
    service = new DocumentImportService(ds, DEFAULT_POLICY);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('imports the five seeds as five question sets, and a second import changes nothing', async () => {
    const first = [];
    for (const file of seedFiles()) first.push(await service.importText(fs.readFileSync(file, 'utf8'), { filename: file }));
    expect(first.map((r) => r.outcome)).toEqual(['imported', 'imported', 'imported', 'imported', 'imported']);
    expect(first.map((r) => r.key)).toEqual(['2022Z01519', '2019Z15244', '2021Z19796', '2022Z11285', '2021Z16950']);
    const before = await tableCounts(ds);
    expect(before.question_set).toBe(5);

    for (const file of seedFiles()) {
      const again = await service.importText(fs.readFileSync(file, 'utf8'), { filename: file });
      expect(again.outcome).toBe('unchanged');
    }
    expect(await tableCounts(ds)).toEqual(before);
  });

  it('stores the facts of seed 002: dates, deferral, submitters, answerers, topics, questions', async () => {
    const [set] = await sql(ds, `SELECT * FROM question_set WHERE zaak = '2021Z19796'`);
    expect(set).toMatchObject({
      submittedOn: '2021-11-09',
      answeredOn: '2022-04-07',
      answerDocumentId: 'ah-tk-20212022-2367',
      questionDocumentId: 'kv-tk-2021Z19796',
    });
    const deferrals = await sql(ds, `SELECT date, reason FROM deferral WHERE "questionSetId" = ?`, [set.id]);
    expect(deferrals).toEqual([{ date: '2021-11-29', reason: 'interdepartementale afstemming' }]);
    const questions = await sql(ds, `SELECT number, answer FROM question WHERE "questionSetId" = ? ORDER BY number`, [set.id]);
    expect(questions.length).toBeGreaterThanOrEqual(12);
    expect(questions.every((q: { answer: string | null }) => q.answer !== null && q.answer.length > 0)).toBe(true);
    const submitters = await sql(
      ds,
      `SELECT p.name, pa.abbreviation FROM question_set_submitter s JOIN person p ON p.id = s."personId" LEFT JOIN party pa ON pa.id = s."partyId" WHERE s."questionSetId" = ?`,
      [set.id],
    );
    expect(submitters).toEqual([{ name: 'Queeny Rajkowski', abbreviation: 'VVD' }]);
    const topics = (await sql(ds, `SELECT topic FROM question_set_topic WHERE "questionSetId" = ? ORDER BY topic`, [set.id])).map(
      (t: { topic: string }) => t.topic,
    );
    expect(topics).toEqual(['criminaliteit', 'economie', 'ict', 'openbare orde en veiligheid', 'staatsveiligheid']);
  });

  it('groups a set under the answering minister, the same for both formats', async () => {
    const rows = await sql(
      ds,
      `SELECT zaak, "ministerLabel", m.slug FROM question_set qs LEFT JOIN ministry m ON m.id = qs."ministryId" WHERE zaak IN ('2022Z01519', '2022Z11285') ORDER BY zaak`,
    );
    expect(rows).toEqual([
      { zaak: '2022Z01519', ministerLabel: 'Minister van Buitenlandse Zaken (Hoekstra)', slug: 'bz' },
      { zaak: '2022Z11285', ministerLabel: 'Minister van Buitenlandse Zaken (Hoekstra)', slug: 'bz' },
    ]);
  });

  it('refuses damaged documents with the line, writing nothing', async () => {
    const before = await tableCounts(ds);
    for (const name of ['bad_001', 'bad_002', 'bad_003']) {
      const attempt = service.importText(readRealdoc(name), { filename: name });
      await expect(attempt).rejects.toBeInstanceOf(ParseError);
      await attempt.catch((error: ParseError) => expect(error.line).toEqual(expect.any(Number)));
    }
    await expect(service.importText('')).rejects.toBeInstanceOf(ParseError);
    await expect(service.importText('\u0000\u0001binary\u0000'.repeat(100))).rejects.toBeInstanceOf(ParseError);
    await expect(service.importText('x'.repeat(MAX_DOCUMENT_BYTES + 1))).rejects.toBeInstanceOf(DocumentRejectedError);
    expect(await tableCounts(ds)).toEqual(before);
  });
});

describe('merging documents of one question set', () => {
  let ds: DataSource;
  let service: DocumentImportService;

  beforeAll(async () => {
    ds = await openTestDatabase(createTestEnv());
    service = new DocumentImportService(ds, DEFAULT_POLICY);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('an answer imported after the question fills the same set', async () => {
    const seed = readSeed('000');
    const question = await service.importText(unansweredVariant(seed));
    expect(question.outcome).toBe('imported');
    const [before] = await sql(ds, `SELECT id, "answeredOn" FROM question_set WHERE zaak = '2022Z01519'`);
    expect(before.answeredOn).toBeNull();
    expect(Number((await sql(ds, `SELECT COUNT(*) AS n FROM question WHERE "questionSetId" = ? AND answer IS NOT NULL`, [before.id]))[0].n)).toBe(0);

    const answer = await service.importText(seed);
    expect(answer.outcome).toBe('updated');
    const sets = await sql(ds, `SELECT id, "answeredOn" FROM question_set WHERE zaak = '2022Z01519'`);
    expect(sets).toEqual([{ id: before.id, answeredOn: '2022-02-28' }]);
    expect(Number((await sql(ds, `SELECT COUNT(*) AS n FROM question WHERE "questionSetId" = ? AND answer IS NOT NULL`, [before.id]))[0].n)).toBe(14);
    expect(Number((await sql(ds, `SELECT COUNT(*) AS n FROM source_document WHERE "questionSetId" = ?`, [before.id]))[0].n)).toBe(2);
  });

  it('a Mededeling arriving later joins the set as a deferral, once', async () => {
    const seed = readSeed('004');
    const withoutNotice = seed.replace(/ • Mededeling[\s\S]*?(?=\n\nKamervraag document nummer)/, '');
    expect(withoutNotice).not.toContain('Mededeling');
    expect((await service.importText(withoutNotice)).outcome).toBe('imported');
    const [set] = await sql(ds, `SELECT id FROM question_set WHERE zaak = '2021Z16950'`);
    expect(Number((await sql(ds, `SELECT COUNT(*) AS n FROM deferral WHERE "questionSetId" = ?`, [set.id]))[0].n)).toBe(0);

    expect((await service.importText(seed)).outcome).toBe('updated');
    expect(await sql(ds, `SELECT date FROM deferral WHERE "questionSetId" = ?`, [set.id])).toEqual([{ date: '2021-10-22' }]);
    // The same notice in a document with different wording around it is still one deferral.
    expect((await service.importText(`${seed}\n`)).outcome).toBe('unchanged');
    expect(Number((await sql(ds, `SELECT COUNT(*) AS n FROM deferral WHERE "questionSetId" = ?`, [set.id]))[0].n)).toBe(1);
  });

  it('page documents without a zaak get a set keyed on their document id', async () => {
    const result = await service.importText(readRealdoc('006'));
    expect(result.outcome).toBe('imported');
    expect(result.key).toBe('ah-tk-20242025-560');
    const [set] = await sql(ds, `SELECT "submittedOn", "answeredOn", "ministerLabel" FROM question_set WHERE key = 'ah-tk-20242025-560'`);
    expect(set).toEqual({ submittedOn: '2024-10-24', answeredOn: '2024-11-14', ministerLabel: 'Minister van Onderwijs, Cultuur en Wetenschap (Bruins)' });
  });
});
