// libs/parsing: pure text → ParsedDocument, for the listing and the page format. No Nest, no I/O, no clock.
export * from './contract/parsed-document.js';
export { detectFormat } from './format/format-detector.js';
export { parseDocument, parseDocumentStructure } from './parse-document.js';
export { THEME_VOCABULARY } from './topics/theme-vocabulary.js';
export { readDuePhrase } from './commitments/due-phrase.js';
export { decodeDocumentBytes, ACCEPTED_ENCODINGS } from './text/decode-document-bytes.util.js';
export {
  addDays,
  addMonths,
  assertKamerDate,
  dayNumberOf,
  daysBetween,
  daysInMonth,
  formatKamerDate,
  fromDayNumber,
  isKamerDate,
  isoDayOfWeek,
  laterOf,
  parseKamerDate,
  toDayNumber,
  type KamerDate,
} from './dates/calendar.js';
export { DUTCH_MONTHS, DUTCH_WEEKDAYS } from './dates/dutch-names.js';
