// The thread of ParseAhead (parse-ahead.ts): parses each text it is sent, with the commitments' due dates, under the
// policy it was started with. A text it cannot parse is answered with null: the importer parses that one again on its
// own thread, so the error it reports is the same error, of the same class, as without this thread.
import { parentPort, workerData } from 'node:worker_threads';
import { parseWithDueDates } from '../commitment/commitment-due-dates.js';
import type { Policy } from '../policy/policy.js';

const policy = workerData as Policy;

parentPort?.on('message', ({ id, text }: { id: number; text: string }) => {
  let parsed = null;
  try {
    parsed = parseWithDueDates(text, policy);
  } catch {
    // Answered with null, see above.
  }
  parentPort?.postMessage({ id, parsed });
});
