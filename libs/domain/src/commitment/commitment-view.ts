import type { CommitmentStatus } from './rules/commitment-status.rule.js';

/** A commitment as the API and the CLI show it. Field names are an outside interface: keep them. */
export interface CommitmentView {
  id: number;
  zaak: string | null;
  questionSetKey: string | null;
  questionNumber: number | null;
  text: string;
  span: [number, number] | null;
  actor: string | null;
  action: string | null;
  dueText: string | null;
  dueDate: string | null;
  dueImplied: boolean;
  strength: string;
  origin: string | null;
  /** The extractor's confidence (0–1), null for commitments made by hand or taken from the register. */
  confidence: number | null;
  /** active, passive, receiver, intention, conditional, reference or assent; null when not extracted. */
  construction: string | null;
  madeOn: string | null;
  /** As of the date asked for: open, fulfilled, overdue or withdrawn. */
  status: CommitmentStatus;
  fulfilledBy: string | null;
  closedOn: string | null;
  reviewState: string;
  source: string;
  ministry: string | null;
  officialNumber: string | null;
  officialStatus: string | null;
}

export interface CommitmentHistoryEntry {
  at: string;
  actor: string;
  action: string;
  changes: Record<string, [unknown, unknown]>;
  note: string | null;
}
