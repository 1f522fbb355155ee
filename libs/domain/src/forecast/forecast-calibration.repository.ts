import type { DataSource } from 'typeorm';
import { DirectSql } from '../database/direct-sql.js';
import { writeTransaction } from '../database/write-transaction.js';
import { MinistryEntity } from '../ministry/ministry.entity.js';
import { ForecastCalibrationEntity } from './forecast-calibration.entity.js';

/** All SQL of the forecast calibration: the stored backtest per ministry, and the ministries' ids and slugs. */
export class ForecastCalibrationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async all(): Promise<ForecastCalibrationEntity[]> {
    const rows = await this.dataSource.createQueryBuilder().from(ForecastCalibrationEntity, 'c').select('*').getRawMany<ForecastCalibrationEntity>();
    return rows.map((r) => ({
      ...r,
      predictions: Number(r.predictions),
      withoutInterval: Number(r.withoutInterval),
      scored: Number(r.scored),
      covered: Number(r.covered),
      medianAbsoluteErrorDays: r.medianAbsoluteErrorDays === null ? null : Number(r.medianAbsoluteErrorDays),
    }));
  }

  /** Replaces every stored row by `rows`, in one write transaction: a reader sees the old backtest or the new one. */
  async replaceAll(rows: readonly ForecastCalibrationEntity[]): Promise<void> {
    await writeTransaction(this.dataSource, async (manager) => {
      const sql = new DirectSql(manager);
      await sql.run('DELETE FROM forecast_calibration', []);
      await sql.insertRows('forecast_calibration', rows);
    });
  }

  async ministries(): Promise<{ id: number; slug: string; name: string }[]> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .from(MinistryEntity, 'm')
      .select('m.id', 'id')
      .addSelect('m.slug', 'slug')
      .addSelect('m.name', 'name')
      .getRawMany<{ id: number | string; slug: string; name: string }>();
    return rows.map((r) => ({ id: Number(r.id), slug: r.slug, name: r.name }));
  }
}
