import { addDays, DEFAULT_POLICY, rebuildAnswerTermProjection, writeTransaction } from '#domain';
import type { DataSource } from 'typeorm';
import { sql } from './sql.js';

// A history small enough to compute the forecast by hand (see the tests that use it), written straight into the
// tables in one write transaction (so the read caches see a new data version).
//   ministry 'vz' (Verwachtingszaken): 40 sets submitted 1 January 2024, answered without deferral after
//   16, 17, …, 55 days; and the set VERWACHT_ZAAK, submitted 1 March 2024, never answered.
export const VERWACHT_ZAAK = '2024Z90001';
export const VERWACHT_MINISTRY = { slug: 'vz', name: 'Verwachtingszaken' };

export async function insertForecastHistory(ds: DataSource): Promise<void> {
  const now = new Date().toISOString();
  await writeTransaction(ds, async (m) => {
    await sql(m, 'INSERT INTO ministry (slug, name, abbreviation) VALUES (?, ?, ?)', [VERWACHT_MINISTRY.slug, VERWACHT_MINISTRY.name, 'VZ']);
    const [{ id }] = await sql<{ id: number | string }>(m, 'SELECT id FROM ministry WHERE slug = ?', [VERWACHT_MINISTRY.slug]);
    const label = 'Minister van Verwachtingszaken (Test)';
    const insert =
      'INSERT INTO question_set ("key", zaak, title, "submittedOn", "answeredOn", "ministryId", "ministerLabel", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';
    for (let i = 0; i < 40; i += 1) {
      const zaak = `2024Z8${String(i).padStart(4, '0')}`;
      await sql(m, insert, [zaak, zaak, `Eerdere vragen ${i}`, '2024-01-01', addDays('2024-01-01', 16 + i), Number(id), label, now, now]);
    }
    await sql(m, insert, [VERWACHT_ZAAK, VERWACHT_ZAAK, 'Vragen over de verwachte beantwoording', '2024-03-01', null, Number(id), label, now, now]);
    // Written past the importer, which keeps the answer-term projection current: rebuild it, as a migration would.
    await rebuildAnswerTermProjection(m, DEFAULT_POLICY);
  });
}

/** Stores a backtest result for the ministry, as `forecast calibrate` would: `covered` of `scored` in the interval. */
export async function storeCalibration(ds: DataSource, ministryKey: string, scored: number, covered: number): Promise<void> {
  await writeTransaction(ds, async (m) => {
    await sql(m, 'DELETE FROM forecast_calibration WHERE "ministryKey" = ?', [ministryKey]);
    await sql(
      m,
      'INSERT INTO forecast_calibration ("ministryKey", "fromMonday", "toMonday", predictions, "withoutInterval", scored, covered, "medianAbsoluteErrorDays", "computedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [ministryKey, '2020-01-06', '2023-12-25', scored * 2, 0, scored, covered, 12.5, '2024-01-01T00:00:00.000Z'],
    );
  });
}

export const CHANGE_MINISTRY = { slug: 'vt', name: 'Veranderingszaken' };

/**
 * Ministry 'vt': in vergaderjaar 2022-2023, 80 sets (submitted 3 October 2022) of which 48 answered after 10 days and
 * 32 after 40 (late); in 2023-2024, 70 sets (2 October 2023), 56 after 10 days and 14 after 40. The shares of
 * Newcombe's example (a): 60 % then 80 %, p = 0.008 by the two-proportion test.
 */
export async function insertChangeHistory(ds: DataSource): Promise<void> {
  const now = new Date().toISOString();
  await writeTransaction(ds, async (m) => {
    await sql(m, 'INSERT INTO ministry (slug, name, abbreviation) VALUES (?, ?, ?)', [CHANGE_MINISTRY.slug, CHANGE_MINISTRY.name, 'VT']);
    const [{ id }] = await sql<{ id: number | string }>(m, 'SELECT id FROM ministry WHERE slug = ?', [CHANGE_MINISTRY.slug]);
    const insert =
      'INSERT INTO question_set ("key", zaak, title, "submittedOn", "answeredOn", "ministryId", "ministerLabel", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';
    const years: [string, number, number, string][] = [
      ['2022-10-03', 48, 80, 'Minister van Veranderingszaken (Eerst)'],
      ['2023-10-02', 56, 70, 'Minister van Veranderingszaken (Daarna)'],
    ];
    let n = 0;
    for (const [day, onTime, count, label] of years) {
      for (let i = 0; i < count; i += 1) {
        const zaak = `${day.slice(0, 4)}Z7${String((n += 1)).padStart(4, '0')}`;
        await sql(m, insert, [zaak, zaak, `Veranderingsvragen ${n}`, day, addDays(day, i < onTime ? 10 : 40), Number(id), label, now, now]);
      }
    }
    await rebuildAnswerTermProjection(m, DEFAULT_POLICY);
  });
}

/**
 * Commitments of ministry 'vz', all due 1 March 2024 unless said: one fulfilled on 20 February (in time), one on
 * 11 March (10 days late), one never (lapsed), one due 1 December 2024 (open on 30 June), one rejected by a clerk;
 * and an official toezegging of the ministry without a set, withdrawn (vervallen) on 1 April 2024.
 */
export async function insertCommitments(ds: DataSource): Promise<void> {
  const now = new Date().toISOString();
  await writeTransaction(ds, async (m) => {
    const [{ id }] = await sql<{ id: number | string }>(m, 'SELECT id FROM question_set WHERE zaak = ?', ['2024Z80000']);
    const columns =
      '"questionSetId", "questionNumber", text, actor, action, "dueText", "dueDate", "dueImplied", strength, origin, "madeOn", status, "closedOn", "reviewState", source, "extractionKey", "officialNumber", ministry, "createdAt", "updatedAt"';
    const insert = `INSERT INTO commitment (${columns}) VALUES (${columns
      .split(',')
      .map(() => '?')
      .join(', ')})`;
    const rows: [string, string | null, string, string, string | null][] = [
      ['2024-03-01', '2024-02-20', 'fulfilled', 'confirmed', 'a'],
      ['2024-03-01', '2024-03-11', 'fulfilled', 'confirmed', 'b'],
      ['2024-03-01', null, 'open', 'extracted', 'c'],
      ['2024-12-01', null, 'open', 'extracted', 'd'],
      ['2024-03-01', null, 'open', 'rejected', 'e'],
    ];
    for (const [due, closed, status, review, key] of rows) {
      await sql(m, insert, [
        Number(id),
        1,
        `Ik zal de Kamer informeren (${key}).`,
        'ik',
        'informeren',
        null,
        due,
        false,
        'firm',
        null,
        '2024-01-17',
        status,
        closed,
        review,
        'extracted',
        `vz-${key}`,
        null,
        null,
        now,
        now,
      ]);
    }
    await sql(m, insert, [
      null,
      null,
      'De minister zal de Kamer informeren.',
      null,
      null,
      null,
      '2024-03-01',
      false,
      'firm',
      null,
      '2024-01-10',
      'withdrawn',
      '2024-04-01',
      'extracted',
      'official',
      null,
      'TZ202401-001',
      VERWACHT_MINISTRY.name,
      now,
      now,
    ]);
  });
}
