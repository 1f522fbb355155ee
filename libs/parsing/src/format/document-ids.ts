// The identifiers the two formats carry. Fixed-length pieces only, so an unanchored search stays linear.
export const ZAAK_PATTERN = /\b(\d{4}Z\d{5,6})\b/;
export const QUESTION_DOCUMENT_PATTERN = /\bkv-tk-(\d{4}Z\d{5,6})\b/;
export const ANSWER_DOCUMENT_PATTERN = /\bah-tk-\d{8}-\d{1,6}\b/;
export const DOCUMENT_NUMBER_PATTERN = /\b\d{4}D\d{5,6}\b/;

/** The official id of the questions document of a zaak ("kv-tk-2022Z01519"). */
export function questionDocumentId(zaak: string): string {
  return `kv-tk-${zaak}`;
}
