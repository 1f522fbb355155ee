import type { WarningLog } from './warning-log.js';

// Header fields (a title, "Indieners …", "Onderwerpen …", "Vragen van … (ingezonden …)") are a few hundred
// characters in real documents. A longer one is read up to this length, with a warning, so a hostile
// 50 MB "header line" costs a bounded amount of work instead of millions of names or topics.
export const MAX_FIELD_CHARS = 20_000;

export function limitField(value: string, warnings: WarningLog, line: number): string {
  if (value.length <= MAX_FIELD_CHARS) return value;
  warnings.add(`this line is ${value.length} characters long; only the first ${MAX_FIELD_CHARS} were read`, line);
  return value.slice(0, MAX_FIELD_CHARS);
}
