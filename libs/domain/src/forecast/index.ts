export { ForecastService, type CalibrateOptions } from './forecast.service.js';
export type { AnswerForecastView, ForecastCalibrationReport, ForecastCalibrationView, ForecastVerdict } from './forecast-view.js';
export { ForecastCalibrationEntity } from './forecast-calibration.entity.js';
export { kaplanMeier, survivalAt, survivalQuantile, type KaplanMeierRow, type SurvivalObservation } from './kaplan-meier.rule.js';
