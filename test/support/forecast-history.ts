import { addDays, writeTransaction } from '#domain';
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
    const insert = 'INSERT INTO question_set ("key", zaak, title, "submittedOn", "answeredOn", "ministryId", "ministerLabel", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';
    for (let i = 0; i < 40; i += 1) {
      const zaak = `2024Z8${String(i).padStart(4, '0')}`;
      await sql(m, insert, [zaak, zaak, `Eerdere vragen ${i}`, '2024-01-01', addDays('2024-01-01', 16 + i), Number(id), label, now, now]);
    }
    await sql(m, insert, [VERWACHT_ZAAK, VERWACHT_ZAAK, 'Vragen over de verwachte beantwoording', '2024-03-01', null, Number(id), label, now, now]);
  });
}

/** Stores a backtest result for the ministry, as `forecast calibrate` would: `covered` of `scored` in the interval. */
export async function storeCalibration(ds: DataSource, ministryKey: string, scored: number, covered: number): Promise<void> {
  await writeTransaction(ds, async (m) => {
    await sql(m, 'DELETE FROM forecast_calibration WHERE "ministryKey" = ?', [ministryKey]);
    await sql(m, 'INSERT INTO forecast_calibration ("ministryKey", "fromMonday", "toMonday", predictions, "withoutInterval", scored, covered, "medianAbsoluteErrorDays", "computedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
      ministryKey, '2020-01-06', '2023-12-25', scored * 2, 0, scored, covered, 12.5, '2024-01-01T00:00:00.000Z',
    ]);
  });
}
