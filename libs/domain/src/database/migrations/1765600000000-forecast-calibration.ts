import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { intColumn, varcharColumn } from './table-columns.util.js';

/** The last backtest of the answer forecasts, per ministry: the pages show a ministry's forecast only when it held. */
export class ForecastCalibration1765600000000 implements MigrationInterface {
  name = 'ForecastCalibration1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'forecast_calibration',
        columns: [
          { ...varcharColumn('ministryKey', 80), isPrimary: true },
          varcharColumn('fromMonday', 10),
          varcharColumn('toMonday', 10),
          intColumn('predictions'),
          intColumn('withoutInterval'),
          intColumn('scored'),
          intColumn('covered'),
          { name: 'medianAbsoluteErrorDays', type: 'real', isNullable: true },
          varcharColumn('computedAt', 30),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('forecast_calibration');
  }
}
