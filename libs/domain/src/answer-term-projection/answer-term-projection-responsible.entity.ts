import { Entity, PrimaryColumn } from 'typeorm';
import { ProjectedVerdictColumns } from './answer-term-projection.entity.js';

/**
 * The verdict columns once per ministry that must answer a set (see question_set_responsible): a set answered by
 * three ministries has three rows, so it counts for each in the per-ministry report, and a set naming none has none.
 */
@Entity('answer_term_projection_ministry')
export class AnswerTermProjectionMinistryEntity extends ProjectedVerdictColumns {
  @PrimaryColumn({ type: 'integer' })
  questionSetId: number;

  @PrimaryColumn({ type: 'integer' })
  ministryId: number;
}

/** The same once per bewindspersoon (minister label) of a set, for the per-minister report. */
@Entity('answer_term_projection_minister')
export class AnswerTermProjectionMinisterEntity extends ProjectedVerdictColumns {
  @PrimaryColumn({ type: 'integer' })
  questionSetId: number;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  minister: string;
}
