import { parseDocument, type ParsedDocument } from '#parsing';
import type { Policy } from '../policy/policy.js';
import { resolveDueDate } from '../rules/index.js';

/** The date a commitment in this document was made: the answer's date, else the latest dated event. */
export function commitmentMadeOn(parsed: ParsedDocument): string | null {
  return parsed.answeredOn ?? parsed.deferrals.map((d) => d.date).filter((d): d is string => d !== null).sort().at(-1) ?? null;
}

/**
 * Fills `dueDate` of every extracted commitment (libs/parsing finds the phrase; the calendar lives here).
 * A commitment with no stated date gets no dueDate in the parse output: the implied horizon is applied when stored.
 */
export function resolveCommitmentDueDates(parsed: ParsedDocument, policy: Policy): ParsedDocument {
  const madeOn = commitmentMadeOn(parsed);
  if (!madeOn) return parsed;
  return {
    ...parsed,
    commitments: parsed.commitments.map((c) => {
      if (!c.dueText) return c;
      const resolved = resolveDueDate(c.dueText, madeOn, policy);
      return { ...c, dueDate: resolved.implied ? null : resolved.dueDate };
    }),
  };
}

/** What `termijnwacht parse` prints and what the import stores: the parse contract with due dates resolved. */
export function parseWithDueDates(text: string, policy: Policy): ParsedDocument {
  return resolveCommitmentDueDates(parseDocument(text), policy);
}
