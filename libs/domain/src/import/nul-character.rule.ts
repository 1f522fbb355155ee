import { DocumentRejectedError } from './document-rejected.error.js';

/**
 * A text document holds no NUL character; one that does is binary or damaged. PostgreSQL cannot store it in a text
 * column at all (SQLite can), so both refuse it here, naming the line, instead of failing in the database.
 */
export function assertNoNulCharacter(text: string): void {
  const at = text.indexOf('\u0000');
  if (at < 0) return;
  const line = text.slice(0, at).split('\n').length;
  throw new DocumentRejectedError('the document contains a NUL character: it is not a text document', line);
}
