/** Redis does not answer. Callers that keep the work in a database outbox treat this as "queue it later". */
export class QueueUnavailableError extends Error {
  constructor(message = 'the job queue (Redis) is not reachable') {
    super(message);
    this.name = 'QueueUnavailableError';
  }
}
