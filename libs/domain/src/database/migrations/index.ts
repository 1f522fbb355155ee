import { InitialSchema1763800000000 } from './1763800000000-initial-schema.js';
import { OfficialRecords1763800300000 } from './1763800300000-official-records.js';
import { Notifications1763800500000 } from './1763800500000-notifications.js';
import { CommitmentClosing1763800600000 } from './1763800600000-commitment-closing.js';
import { ApiKeys1763800900000 } from './1763800900000-api-keys.js';
import { StatusReadIndexes1763800910000 } from './1763800910000-status-read-indexes.js';
import { AnswerTermProjection1763801000000 } from './1763801000000-answer-term-projection.js';
import { SyncRealApi1765100000000 } from './1765100000000-sync-real-api.js';
import { WhoMustAnswer1765300000000 } from './1765300000000-who-must-answer.js';
import { EditorSessions1765400000000 } from './1765400000000-editor-sessions.js';
import { ForecastCalibration1765600000000 } from './1765600000000-forecast-calibration.js';
import { CommitmentConfidence1765700000000 } from './1765700000000-commitment-confidence.js';
import { OpenSetIndexes1765900000000 } from './1765900000000-open-set-indexes.js';
import { InboxCompressedBytes1766000000000 } from './1766000000000-inbox-compressed-bytes.js';

/** Every migration in order. One set serves SQLite and PostgreSQL (portable QueryRunner API). */
export const MIGRATIONS = [
  InitialSchema1763800000000,
  OfficialRecords1763800300000,
  Notifications1763800500000,
  CommitmentClosing1763800600000,
  ApiKeys1763800900000,
  StatusReadIndexes1763800910000,
  AnswerTermProjection1763801000000,
  SyncRealApi1765100000000,
  WhoMustAnswer1765300000000,
  EditorSessions1765400000000,
  ForecastCalibration1765600000000,
  CommitmentConfidence1765700000000,
  OpenSetIndexes1765900000000,
  InboxCompressedBytes1766000000000,
];
