/** The BullMQ queues. One worker per queue, in apps/worker; the API, the CLI and the worker's own use cases produce. */
export enum QueueName {
  Ingest = 'ingest',
  Alerts = 'alerts',
  Digests = 'digests',
  Mail = 'mail',
}
