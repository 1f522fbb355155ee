import { randomUUID } from 'node:crypto';

/** A fresh Message-ID in the sender's domain, fixed on the outbox row so every retry sends the same one. */
export function newMessageId(mailFrom: string, kind: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(mailFrom)?.[1] ?? 'termijnwacht.invalid';
  return `<${kind}.${randomUUID()}@${domain}>`;
}
