import { parseDocument, readDuePhrase, type DueSpec, type ParsedDocument } from '#parsing';
import type { Policy } from '../policy/policy.js';
import { resolveDue, type DueDateResolution } from '../rules/index.js';

/** The date a commitment in this document was made: the answer's date, else the latest dated event. */
export function commitmentMadeOn(parsed: ParsedDocument): string | null {
  return (
    parsed.answeredOn ??
    parsed.deferrals
      .map((d) => d.date)
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ??
    null
  );
}

/**
 * Fills `dueDate` of every extracted commitment from its `due` specification (libs/parsing reads the phrase; the
 * calendar lives here). A commitment with no stated date gets no dueDate in the parse output: the implied horizon is
 * applied when stored.
 */
export function resolveCommitmentDueDates(parsed: ParsedDocument, policy: Policy): ParsedDocument {
  const madeOn = commitmentMadeOn(parsed);
  if (!madeOn) return parsed;
  return {
    ...parsed,
    commitments: parsed.commitments.map((c) => {
      const resolved = resolveDue(c.due, madeOn, policy);
      return { ...c, dueDate: resolved.implied ? null : resolved.dueDate };
    }),
  };
}

/** What `termijnwacht parse` prints and what the import stores: the parse contract with due dates resolved. */
export function parseWithDueDates(text: string, policy: Policy): ParsedDocument {
  return resolveCommitmentDueDates(parseDocument(text), policy);
}

/**
 * A due phrase written by a person (a correction of `dueText`, a commitment added by hand), read by the parser's
 * due-date grammar and resolved like an extracted one.
 */
export function resolveDueText(dueText: string | null | undefined, madeOn: string, policy: Policy): DueDateResolution & { due: DueSpec } {
  const due = readDuePhrase(dueText);
  return { ...resolveDue(due, madeOn, policy), due };
}
