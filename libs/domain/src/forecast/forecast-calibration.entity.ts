import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last backtest of the forecasts, per ministry (its slug) and for all ministries ('*'): how many forecasts the
 * backtest made and scored, how many intervals held the answer, the median error. Written whole by
 * ForecastCalibrationService.calibrate (the `forecast calibrate` command, the worker's weekly run, bench:forecast);
 * the pages read it to decide whether a ministry's forecast is shown.
 */
@Entity('forecast_calibration')
export class ForecastCalibrationEntity {
  @PrimaryColumn({ type: 'varchar', length: 80 })
  ministryKey: string;

  @Column({ type: 'varchar', length: 10 })
  fromMonday: string;

  @Column({ type: 'varchar', length: 10 })
  toMonday: string;

  @Column({ type: 'integer' })
  predictions: number;

  @Column({ type: 'integer' })
  withoutInterval: number;

  @Column({ type: 'integer' })
  scored: number;

  @Column({ type: 'integer' })
  covered: number;

  @Column({ type: 'real', nullable: true })
  medianAbsoluteErrorDays: number | null;

  @Column({ type: 'varchar', length: 30 })
  computedAt: string;
}

/** The key of the row for all ministries together. */
export const ALL_MINISTRIES_KEY = '*';
