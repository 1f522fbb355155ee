import { CommitmentEntity, CommitmentEventEntity } from '../commitment/commitment.entity.js';
import { MinistryEntity } from '../ministry/ministry.entity.js';
import { PartyEntity, PersonEntity } from '../person/person.entity.js';
import { DeferralEntity } from '../question-set/deferral.entity.js';
import {
  QuestionSetAddresseeEntity,
  QuestionSetAnswererEntity,
  QuestionSetSubmitterEntity,
  QuestionSetTopicEntity,
} from '../question-set/question-set-link.entities.js';
import { QuestionSetEntity } from '../question-set/question-set.entity.js';
import { QuestionEntity } from '../question-set/question.entity.js';
import { SourceDocumentEntity } from '../source-document/source-document.entity.js';
import {
  DataConflictEntity,
  OfficialActorEntity,
  OfficialZaakEntity,
  QuestionSetDocumentEntity,
  SyncCursorEntity,
  SyncDeletionEntity,
} from '../sync/sync.entities.js';
import { AlertEntity } from '../alert/alert.entity.js';
import { DocumentInboxEntity } from '../inbox/document-inbox.entity.js';
import { MailOutboxEntity } from '../mail/mail-outbox.entity.js';
import { SubscriptionEntity } from '../subscription/subscription.entity.js';
import { ApiKeyEntity } from '../api-key/api-key.entity.js';
import { EditorSessionEntity } from '../editor-session/editor-session.entity.js';
import {
  AnswerTermProjectionEntity,
  AnswerTermProjectionPartyEntity,
  AnswerTermProjectionPolicyEntity,
} from '../answer-term-projection/answer-term-projection.entity.js';
import { AnswerTermProjectionMinisterEntity, AnswerTermProjectionMinistryEntity } from '../answer-term-projection/answer-term-projection-responsible.entity.js';
import { QuestionSetResponsibleEntity } from '../responsibility/question-set-responsible.entity.js';
import { ForecastCalibrationEntity } from '../forecast/forecast-calibration.entity.js';

/** Every entity, listed explicitly: globs behave differently under ESM, tsc output and jest. */
export const ENTITIES = [
  PartyEntity,
  PersonEntity,
  MinistryEntity,
  QuestionSetEntity,
  QuestionEntity,
  DeferralEntity,
  QuestionSetSubmitterEntity,
  QuestionSetAnswererEntity,
  QuestionSetAddresseeEntity,
  QuestionSetTopicEntity,
  SourceDocumentEntity,
  CommitmentEntity,
  CommitmentEventEntity,
  SyncCursorEntity,
  QuestionSetDocumentEntity,
  DataConflictEntity,
  SubscriptionEntity,
  MailOutboxEntity,
  AlertEntity,
  DocumentInboxEntity,
  ApiKeyEntity,
  AnswerTermProjectionEntity,
  AnswerTermProjectionPartyEntity,
  AnswerTermProjectionPolicyEntity,
  QuestionSetResponsibleEntity,
  AnswerTermProjectionMinistryEntity,
  AnswerTermProjectionMinisterEntity,
  OfficialZaakEntity,
  OfficialActorEntity,
  SyncDeletionEntity,
  EditorSessionEntity,
  ForecastCalibrationEntity,
];
