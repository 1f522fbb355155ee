import { JOB_QUEUE } from './job-item.js';
import { JobName } from './job-name.enum.js';
import { QueueName } from './queue-name.enum.js';

/** What a processor declares: its queue and the jobs its switch handles. */
export interface ProcessorWiring {
  processor: string;
  queue: QueueName;
  jobs: readonly JobName[];
}

export class JobWiringError extends Error {
  constructor(readonly problems: string[]) {
    super(`The worker's job wiring is wrong:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'JobWiringError';
  }
}

/**
 * Fails at boot, listing every problem, unless each queue has exactly one processor and each JobName is handled by
 * exactly one processor on the queue JOB_QUEUE assigns it. A job nobody handles would otherwise wait for ever.
 */
export function assertJobWiring(wirings: readonly ProcessorWiring[]): void {
  const problems: string[] = [];
  for (const queue of Object.values(QueueName)) {
    const on = wirings.filter((w) => w.queue === queue);
    if (on.length === 0)
      problems.push(`queue '${queue}' has no processor: add an @Processor(QueueName.${enumKey(QueueName, queue)}) class to WorkerModule's providers`);
    if (on.length > 1) problems.push(`queue '${queue}' has ${on.length} processors (${on.map((w) => w.processor).join(', ')}): merge them into one switch`);
  }
  for (const job of Object.values(JobName)) {
    const handlers = wirings.filter((w) => w.jobs.includes(job));
    if (handlers.length === 0)
      problems.push(`job '${job}' has no handler: add JobName.${enumKey(JobName, job)} to the switch of the '${JOB_QUEUE[job]}' processor`);
    if (handlers.length > 1) problems.push(`job '${job}' is handled by ${handlers.map((w) => w.processor).join(' and ')}: keep exactly one`);
    for (const w of handlers) {
      if (w.queue !== JOB_QUEUE[job])
        problems.push(`job '${job}' is handled by ${w.processor} on queue '${w.queue}', but JOB_QUEUE sends it to '${JOB_QUEUE[job]}'`);
    }
  }
  if (problems.length > 0) throw new JobWiringError(problems);
}

function enumKey(enumObject: Record<string, string>, value: string): string {
  return Object.keys(enumObject).find((k) => enumObject[k] === value) ?? value;
}
