import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParsedDocument } from '#parsing';
import type { Policy } from '../policy/policy.js';
import { MAX_DOCUMENT_BYTES } from './import-limits.js';

/**
 * Parses documents on a worker thread ahead of their import (issue 16): a bulk import hands it document n+1 while its
 * own thread writes document n, and passes the promise to DocumentImportService.importText. Parsing with commitment
 * extraction was a third of a document's time on the thread that writes. An answer of null (a text the worker could not
 * parse, a worker that failed, or none at all) means: parse it yourself.
 * The worker is the compiled parse-ahead.worker.js beside this file; where it is not (the TypeScript sources under
 * jest), every answer is null and the import parses on its own thread as it did before.
 */
export class ParseAhead {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly waiting = new Map<number, (parsed: ParsedDocument | null) => void>();

  constructor(policy: Policy) {
    const script = new URL('./parse-ahead.worker.js', import.meta.url);
    if (!fs.existsSync(fileURLToPath(script))) return;
    // The thread's heap is bounded: unbounded, it grew the import's peak RSS by ~80 MB over 10,000 documents (262 MB
    // against 179 without the thread) before its collector ran. A document at the size limit (5 MB) parses within it;
    // one that does not ends the thread, and that document and the rest are parsed by the importer itself.
    const worker = new Worker(script, { workerData: policy, resourceLimits: { maxOldGenerationSizeMb: 96 } });
    worker.on('message', ({ id, parsed }: { id: number; parsed: ParsedDocument | null }) => this.answer(id, parsed));
    worker.on('error', () => this.stop());
    worker.on('exit', () => this.stop());
    // Held open only while a parse is waiting: a caller that forgets close() does not keep the process alive.
    worker.unref();
    this.worker = worker;
  }

  /** The text parsed with due dates, or null when the caller must parse it itself. */
  parse(text: string): Promise<ParsedDocument | null> {
    // A text over the limit is refused before any parse; it is not sent (nor copied) to the worker.
    if (!this.worker || text.length > MAX_DOCUMENT_BYTES) return Promise.resolve(null);
    const id = this.nextId++;
    const answer = new Promise<ParsedDocument | null>((resolve) => this.waiting.set(id, resolve));
    this.worker.ref();
    this.worker.postMessage({ id, text });
    return answer;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.stop();
    await worker?.terminate();
  }

  private answer(id: number, parsed: ParsedDocument | null): void {
    this.waiting.get(id)?.(parsed);
    this.waiting.delete(id);
    if (this.waiting.size === 0) this.worker?.unref();
  }

  private stop(): void {
    this.worker = null;
    for (const resolve of this.waiting.values()) resolve(null);
    this.waiting.clear();
  }
}
