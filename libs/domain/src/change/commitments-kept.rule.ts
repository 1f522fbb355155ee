import { commitmentStatusAsOf, type CommitmentFacts } from '../commitment/rules/commitment-status.rule.js';
import { daysBetween, type KamerDate } from '../rules/kamer-date.util.js';
import { median } from '../rules/latency-stats.rule.js';

/**
 * One commitment as the tally reads it. Extracted and official toezeggingen are one row each: an official one that
 * matches an extracted one is linked to it (officialNumber on the extracted row), never stored twice.
 */
export interface CommitmentRecord extends CommitmentFacts {
  /** A clerk rejected it: it was not a commitment, and is not counted. */
  rejected: boolean;
}

export interface CommitmentsKept {
  /** Made on or before the date (not rejected). */
  made: number;
  fulfilledInTime: number;
  fulfilledLate: number;
  /** Past the due date and not fulfilled as of the date. */
  lapsed: number;
  /** Withdrawn (vervallen) by the date. */
  withdrawn: number;
  /** Not yet due and not closed. */
  open: number;
  /** Median of the days past the due date at fulfilment (0 for in time), over the fulfilled ones. */
  medianDelayDays: number | null;
}

/** The commitments of a group as of a date, by outcome; only what had happened by the date counts. */
export function tallyCommitments(records: Iterable<CommitmentRecord>, asOf: KamerDate): CommitmentsKept {
  const kept: CommitmentsKept = { made: 0, fulfilledInTime: 0, fulfilledLate: 0, lapsed: 0, withdrawn: 0, open: 0, medianDelayDays: null };
  const delays: number[] = [];
  for (const record of records) {
    if (record.rejected || (record.madeOn !== null && record.madeOn > asOf)) continue;
    kept.made += 1;
    const status = commitmentStatusAsOf(record, asOf);
    if (status === 'fulfilled') {
      const delay = record.dueDate && record.closedOn ? Math.max(0, daysBetween(record.dueDate, record.closedOn)) : 0;
      delays.push(delay);
      if (delay > 0) kept.fulfilledLate += 1;
      else kept.fulfilledInTime += 1;
    } else if (status === 'overdue') kept.lapsed += 1;
    else if (status === 'withdrawn') kept.withdrawn += 1;
    else kept.open += 1;
  }
  kept.medianDelayDays = median(delays);
  return kept;
}
