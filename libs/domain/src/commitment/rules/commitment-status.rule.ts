import type { KamerDate } from '../../rules/kamer-date.util.js';

export const COMMITMENT_STATUSES = ['open', 'fulfilled', 'overdue', 'withdrawn'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export interface CommitmentFacts {
  /** The stored lifecycle: open until a person (or the register) closes it. */
  lifecycle: 'open' | 'fulfilled' | 'withdrawn';
  /** The day it was closed; a commitment closed after asOf was still open then. */
  closedOn: KamerDate | null;
  dueDate: KamerDate | null;
  madeOn: KamerDate | null;
}

/**
 * The status of a commitment as of a date. Only what had happened by then counts, as for question sets:
 * closed on or before asOf → fulfilled / withdrawn; else overdue once asOf is past the due date; else open.
 * A commitment not yet made by asOf is reported open (callers filter those out of lists).
 */
export function commitmentStatusAsOf(facts: CommitmentFacts, asOf: KamerDate): CommitmentStatus {
  if (facts.lifecycle !== 'open' && (facts.closedOn === null || facts.closedOn <= asOf)) return facts.lifecycle;
  if (facts.dueDate !== null && asOf > facts.dueDate) return 'overdue';
  return 'open';
}
