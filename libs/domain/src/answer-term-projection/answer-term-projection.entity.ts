import { Column, Entity, PrimaryColumn } from 'typeorm';

// Dates the reports compare against asOf are stored as day numbers (1970-01-01 is 0, see toDayNumber): an integer
// comparison is what makes a GROUP BY over 100,000 rows cheap. Kamer dates stay text where they are shown or filtered.

/** The columns the latency report adds up: what the rules say about one set that does not depend on asOf. */
export abstract class ProjectedVerdictColumns {
  @Column({ type: 'varchar', length: 10 })
  submittedOn: string;

  /** The answer that counts: null when there is none, or when the set was withdrawn before it. */
  @Column({ type: 'integer', nullable: true })
  answeredDay: number | null;

  /** The withdrawal that counts: null when there is none, or when the set was answered first. */
  @Column({ type: 'integer', nullable: true })
  withdrawnDay: number | null;

  @Column({ type: 'integer', nullable: true })
  daysToAnswer: number | null;

  /** 1 when the answer came within the term that applied to it (on time or in the extension), 0 when late. */
  @Column({ type: 'integer', nullable: true })
  answeredInTerm: number | null;

  @Column({ type: 'integer' })
  termDay: number;

  /** The term that applies once the first deferral has arrived; null when no deferral came before the answer. */
  @Column({ type: 'integer', nullable: true })
  extendedTermDay: number | null;

  @Column({ type: 'integer', nullable: true })
  firstDeferralDay: number | null;

  /** 1 when the first deferral was dated on or before the term. */
  @Column({ type: 'integer', nullable: true })
  firstDeferralInTime: number | null;
}

/**
 * One dated question set's verdict columns under the policy in answer_term_projection_policy, with its group keys: a
 * derived copy, rewritten by every writer of the set (refreshAnswerTermProjection) and rebuilt whole when the policy
 * changes. The reports add these rows up as of a date instead of evaluating each set.
 */
@Entity('answer_term_projection')
export class AnswerTermProjectionEntity extends ProjectedVerdictColumns {
  @PrimaryColumn({ type: 'integer' })
  questionSetId: number;

  // The group keys, copied from the set so a report reads one table in the order of its group's index.
  @Column({ type: 'integer', nullable: true })
  ministryId: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  ministerLabel: string | null;

  /** 'YYYY-MM' of submittedOn (years add up from months). */
  @Column({ type: 'varchar', length: 7 })
  submittedMonth: string;

  /** e.g. '2021-2022': from Prinsjesdag, see vergaderjaarOf. */
  @Column({ type: 'varchar', length: 9 })
  vergaderjaar: string;
}

/**
 * The same verdict columns once per party of a set's submitters, so the party report reads one table in its index's
 * order too: a set asked by members of two parties has two rows.
 */
@Entity('answer_term_projection_party')
export class AnswerTermProjectionPartyEntity extends ProjectedVerdictColumns {
  @PrimaryColumn({ type: 'integer' })
  questionSetId: number;

  /** The party's abbreviation; NO_PARTY for a set with no known party (a primary key cannot hold null). */
  @PrimaryColumn({ type: 'varchar', length: 80 })
  party: string;
}

export const NO_PARTY = '';

/** The one row naming the policy answer_term_projection was computed under (see termPolicyKey). */
@Entity('answer_term_projection_policy')
export class AnswerTermProjectionPolicyEntity {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'text' })
  termPolicy: string;
}
