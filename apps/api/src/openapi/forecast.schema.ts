import { ApiProperty } from '@nestjs/swagger';

export class ForecastIntervalSchema {
  @ApiProperty({ example: 0.8, description: 'Share of answers the interval should hold' }) level: number;
  @ApiProperty({ example: '2024-03-21' }) from: string;
  @ApiProperty({ nullable: true, type: String, description: 'null: later than any answer seen in the comparable sets' }) to: string | null;
}

export class ForecastCalibrationSchema {
  @ApiProperty({ description: "The ministry's slug, or '*' for all ministries" }) ministry: string;
  @ApiProperty() fromMonday: string;
  @ApiProperty() toMonday: string;
  @ApiProperty() predictions: number;
  @ApiProperty() scored: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Share of scored forecasts whose answer fell in the interval' }) coverage: number | null;
  @ApiProperty({ nullable: true, type: Number }) medianAbsoluteErrorDays: number | null;
  @ApiProperty() computedAt: string;
}

export class AnswerForecastSchema {
  @ApiProperty() asOf: string;
  @ApiProperty() daysOpen: number;
  @ApiProperty({ description: 'A deferral had arrived by asOf' }) deferred: boolean;
  @ApiProperty({ enum: ['ministry', 'all', 'insufficient'], description: "From the ministry's own sets, all ministries' (too few of its own), or none" })
  basis: string;
  @ApiProperty({ description: 'Comparable sets still unanswered at the same age, in the same deferral state' }) comparableSets: number;
  @ApiProperty({ nullable: true, type: String, description: 'Median expected answer date (Kaplan–Meier, open sets censored)' }) expectedOn: string | null;
  @ApiProperty({ nullable: true, type: ForecastIntervalSchema }) interval: ForecastIntervalSchema | null;
  @ApiProperty({ description: 'The term that applies as of asOf' }) term: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Probability of an answer on or before that term' }) probabilityWithinTerm: number | null;
  @ApiProperty({
    enum: ['calibrated', 'untested', 'off', 'insufficient'],
    description: 'The verdict of the last backtest of this group (off: not shown on the pages)',
  })
  verdict: string;
  @ApiProperty({ nullable: true, type: ForecastCalibrationSchema }) calibration: ForecastCalibrationSchema | null;
}
