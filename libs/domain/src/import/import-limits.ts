/** The largest document accepted. A written-questions document is a few tens of kB; 5 MB leaves room for anything real. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
