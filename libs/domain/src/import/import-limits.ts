/** The largest document accepted. A written-questions document is a few tens of kB; 5 MB leaves room for anything real. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
/**
 * The largest document POST /documents imports while the client waits. Parsing runs on the event loop: a 4.5 MB
 * document took 4.4 s, and every other request (/health too) waited with it. Anything larger goes the asynchronous
 * way (202 and the document inbox, imported by the worker), as `Prefer: respond-async` asks for.
 */
export const MAX_SYNC_IMPORT_BYTES = 256 * 1024;
