/** Every kind of job. Each is handled by exactly one processor; apps/worker checks that at boot. */
export enum JobName {
  /** Parse and store one document from document_inbox. */
  DocumentIngest = 'document-ingest',
  /** Run the alert rules as of a date and record and queue the alerts that are new. */
  AlertSweep = 'alert-sweep',
  /** Build the digest of one cadence for every subscriber and queue the mails. */
  DigestRun = 'digest-run',
  /** Send one mail_outbox row. */
  MailSend = 'mail-send',
  /** Read new and changed records from the Kamer's open data API (OPENDATA_URL). */
  OpenDataSync = 'open-data-sync',
}
