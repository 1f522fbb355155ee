import type { Job } from 'bullmq';

/** A job no case of the switch handles: fail it loudly (the wiring check at boot should make this impossible). */
export function unknownJob(job: Job, queue: string): never {
  throw new Error(`no handler for job '${job.name}' on queue '${queue}': add it to the processor's switch and to its static wiring`);
}
