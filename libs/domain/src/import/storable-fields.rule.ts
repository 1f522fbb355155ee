import type { ParsedDocument } from '#parsing';
import { DocumentRejectedError } from './document-rejected.error.js';

// The widths of the columns these values go into (question_set, person, party). SQLite stores a longer value as it is;
// PostgreSQL refuses the whole transaction, so a damaged header line would end in a server error there. Both refuse
// the document here instead, with the field named. A minister label adds the surname and about 30 characters to the role.
const LIMITS = { key: 40, zaak: 20, documentId: 40, documentNumber: 20, name: 200, party: 80, role: 150 } as const;

/** Refuses a document whose identifiers, names or parties are too long to be real (and to be stored). */
export function assertStorableFields(parsed: ParsedDocument, key: string): void {
  const checks: Array<[string, string | null | undefined, number]> = [
    ['the question set key', key, LIMITS.key],
    ['the zaak number', parsed.zaak, LIMITS.zaak],
    ['the question document id', parsed.documents.question, LIMITS.documentId],
    ['the answer document id', parsed.documents.answer, LIMITS.documentId],
    ['the document number', parsed.documents.number, LIMITS.documentNumber],
    ...parsed.submitters.flatMap((s, i): Array<[string, string | null, number]> => [
      [`submitter ${i + 1}'s name`, s.name, LIMITS.name],
      [`submitter ${i + 1}'s party`, s.party, LIMITS.party],
    ]),
    ...parsed.answeredBy.flatMap((a, i): Array<[string, string | null, number]> => [
      [`answerer ${i + 1}'s name`, a.name, LIMITS.name],
      [`answerer ${i + 1}'s role`, a.role, LIMITS.role],
      [`answerer ${i + 1}'s party`, a.party, LIMITS.party],
    ]),
  ];
  for (const [what, value, limit] of checks) {
    if (value && value.length > limit) {
      throw new DocumentRejectedError(
        `${what} is ${value.length} characters long (at most ${limit}): "${value.slice(0, 40)}…"; the line is damaged or not what it seems`,
      );
    }
  }
}
