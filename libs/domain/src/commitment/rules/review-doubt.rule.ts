/** What the review queue knows of a commitment to judge how doubtful the extraction is. */
export interface DoubtFacts {
  reviewState: string;
  /** The extractor's own confidence, 0–1, once it gives one; null or absent sorts as unknown. */
  confidence?: number | null;
  dueImplied: boolean;
  dueDate: string | null;
  strength: string;
  actor: string | null;
  id: number;
}

// Not yet looked at by a person first; then corrected ones (a second look); confirmed and rejected last.
const STATE_ORDER: Record<string, number> = { extracted: 0, corrected: 1, confirmed: 2, rejected: 3 };
// An unknown confidence sorts between sure and unsure: it is neither.
const UNKNOWN_CONFIDENCE = 0.5;

/**
 * The order of the review queue, most doubtful first: review state, then the extractor's confidence (lowest first),
 * then signs of doubt the extraction carries itself (no due date named, a soft promise, no actor), then the id.
 */
export function compareByDoubt(a: DoubtFacts, b: DoubtFacts): number {
  return (
    (STATE_ORDER[a.reviewState] ?? 0) - (STATE_ORDER[b.reviewState] ?? 0) ||
    (a.confidence ?? UNKNOWN_CONFIDENCE) - (b.confidence ?? UNKNOWN_CONFIDENCE) ||
    doubtSigns(b) - doubtSigns(a) ||
    a.id - b.id
  );
}

function doubtSigns(c: DoubtFacts): number {
  return (c.dueImplied || c.dueDate === null ? 2 : 0) + (c.strength === 'soft' ? 1 : 0) + (c.actor === null || c.actor === '' ? 1 : 0);
}
