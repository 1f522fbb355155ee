import { InitialSchema1763800000000 } from './1763800000000-initial-schema.js';
import { OfficialRecords1763800300000 } from './1763800300000-official-records.js';
import { Notifications1763800500000 } from './1763800500000-notifications.js';
import { CommitmentClosing1763800600000 } from './1763800600000-commitment-closing.js';
import { ApiKeys1763800900000 } from './1763800900000-api-keys.js';
import { StatusReadIndexes1763800910000 } from './1763800910000-status-read-indexes.js';
import { AnswerTermProjection1763801000000 } from './1763801000000-answer-term-projection.js';
import { ForecastCalibration1765600000000 } from './1765600000000-forecast-calibration.js';

/** Every migration in order. One set serves SQLite and PostgreSQL (portable QueryRunner API). */
export const MIGRATIONS = [InitialSchema1763800000000, OfficialRecords1763800300000, Notifications1763800500000, CommitmentClosing1763800600000, ApiKeys1763800900000, StatusReadIndexes1763800910000, AnswerTermProjection1763801000000, ForecastCalibration1765600000000];
