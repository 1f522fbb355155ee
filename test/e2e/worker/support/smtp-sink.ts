import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  messageId: string;
  subject: string;
  text: string;
  html: string;
  raw: string;
  parsed: ParsedMail;
}

/** What the sink does with the next message: take it, refuse it for now (4xx) or for good (5xx), or hold it unanswered. */
export type SinkBehaviour = 'accept' | 'temporary-failure' | 'permanent-failure' | 'hold';

/** A real SMTP server on 127.0.0.1 (random port) that records what it accepts. */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  /** Decides per message; the default takes everything. */
  behaviour: (index: number) => SinkBehaviour = () => 'accept';
  /** Messages that reached DATA, accepted or not. */
  attempts = 0;
  private held: Array<(accept: boolean) => void> = [];
  private readonly waiters: Array<() => void> = [];

  private constructor(private readonly server: SMTPServer) {}

  static async start(): Promise<SmtpSink> {
    let sink: SmtpSink | null = null;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => void sink!.onData(stream, callback),
    });
    // A client killed mid-session (the crash tests) resets its connection: expected, not a test failure.
    server.on('error', () => undefined);
    sink = new SmtpSink(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to === address);
  }

  /** Resolves once `count` messages were accepted in all; fails after `timeoutMs`. */
  async waitFor(count: number, timeoutMs = 20_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > until) throw new Error(`expected ${count} mails, got ${this.received.length} after ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  /** Resolves once `address` has received `count` messages. */
  async waitForTo(address: string, count: number, timeoutMs = 20_000): Promise<ReceivedMail[]> {
    const until = Date.now() + timeoutMs;
    while (this.to(address).length < count) {
      if (Date.now() > until) throw new Error(`expected ${count} mails to ${address}, got ${this.to(address).length} after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return this.to(address);
  }

  /** Answers the held messages: refused (421, e.g. after the worker was killed) or accepted (250) after all. */
  releaseHeld(accept = false): void {
    for (const release of this.held.splice(0)) release(accept);
  }

  async close(): Promise<void> {
    this.releaseHeld();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async onData(stream: SMTPServerDataStream, callback: (error?: Error | null) => void): Promise<void> {
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of stream) chunks.push(chunk as Buffer);
    } catch {
      return; // the client went away mid-message: nothing was accepted
    }
    const index = this.attempts++;
    const behaviour = this.behaviour(index);
    if (behaviour === 'hold') {
      this.held.push((accept) =>
        accept ? void this.record(chunks, callback) : callback(Object.assign(new Error('held, then dropped'), { responseCode: 421 })),
      );
      return;
    }
    if (behaviour !== 'accept') {
      const code = behaviour === 'temporary-failure' ? 451 : 550;
      callback(Object.assign(new Error(code === 451 ? 'try again later' : 'mailbox unavailable'), { responseCode: code }));
      return;
    }
    await this.record(chunks, callback);
  }

  private async record(chunks: Buffer[], callback: (error?: Error | null) => void): Promise<void> {
    const raw = Buffer.concat(chunks).toString('utf8');
    const parsed = await simpleParser(raw);
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    this.received.push({
      to: to?.value[0]?.address ?? '',
      messageId: parsed.messageId ?? '',
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      html: typeof parsed.html === 'string' ? parsed.html : '',
      raw,
      parsed,
    });
    callback();
    for (const wake of this.waiters.splice(0)) wake();
  }
}

/** The first link in a mail's text part that starts with `prefix`. */
export function linkIn(mail: ReceivedMail, prefix: string): string {
  const match = mail.text.split(/\s+/).find((word) => word.startsWith(prefix));
  if (!match) throw new Error(`no link starting with ${prefix} in:\n${mail.text}`);
  return match;
}
