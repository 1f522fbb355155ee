// libs/parsing: pure text → ParsedDocument, for the listing and the page format. No Nest, no I/O, no clock.
export * from './contract/parsed-document.js';
export { detectFormat } from './format/format-detector.js';
export { parseDocument, parseDocumentStructure } from './parse-document.js';
export { THEME_VOCABULARY } from './topics/theme-vocabulary.js';
export { readDuePhrase } from './commitments/due-phrase.js';
export { decodeDocumentBytes, ACCEPTED_ENCODINGS } from './text/decode-document-bytes.util.js';
