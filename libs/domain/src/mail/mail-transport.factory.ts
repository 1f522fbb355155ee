import fs from 'node:fs';
import path from 'node:path';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { Env } from '../config/env.js';

/** One mail as the transport sends it: built from a mail_outbox row, never from raw input. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  unsubscribeUrl: string | null;
  date: Date;
  /** Names the .eml file when no SMTP server is configured. */
  fileStem: string;
}

export interface MailTransport {
  /** Resolves with the server's answer (or the file written); rejects with the SMTP error. */
  send(mail: OutgoingMail): Promise<string>;
  describe(): string;
  close(): void;
}

function messageOptions(from: string, mail: OutgoingMail): SendMailOptions {
  return {
    from,
    // An address object, never a string to parse: the address was validated when the subscription was made.
    to: { name: '', address: mail.to },
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    date: mail.date,
    ...(mail.unsubscribeUrl
      ? { list: { unsubscribe: { url: mail.unsubscribeUrl, comment: 'Afmelden' } }, headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } }
      : {}),
  };
}

class SmtpMailTransport implements MailTransport {
  private readonly transporter: Transporter;

  constructor(
    private readonly smtpUrl: string,
    private readonly from: string,
  ) {
    const url = new URL(smtpUrl);
    // A pool keeps a few connections open: a digest to a thousand subscribers need not open a thousand.
    if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
    this.transporter = nodemailer.createTransport(url.toString());
  }

  async send(mail: OutgoingMail): Promise<string> {
    const info = await this.transporter.sendMail(messageOptions(this.from, mail));
    return String(info.response ?? 'accepted');
  }

  describe(): string {
    return `SMTP ${new URL(this.smtpUrl).host}`;
  }

  close(): void {
    this.transporter.close();
  }
}

/** No SMTP server configured: each mail becomes an .eml file under DATA_DIR/outbox/, so a new user sees what would be sent. */
class EmlFileTransport implements MailTransport {
  private readonly transporter: Transporter;

  constructor(
    private readonly dir: string,
    private readonly from: string,
  ) {
    this.transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(mail: OutgoingMail): Promise<string> {
    const info = await this.transporter.sendMail(messageOptions(this.from, mail));
    // Mails carry addresses and unsubscribe tokens: readable by this user only (0600 in a 0700 folder).
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const file = path.join(this.dir, `${mail.fileStem.replace(/[^A-Za-z0-9._-]+/g, '-')}.eml`);
    // Written whole and renamed, so a reader never sees half a message; the same mail twice overwrites itself.
    fs.writeFileSync(`${file}.tmp`, info.message as Buffer, { mode: 0o600 });
    fs.renameSync(`${file}.tmp`, file);
    return `written ${file}`;
  }

  describe(): string {
    return `.eml files in ${this.dir}`;
  }

  close(): void {
    this.transporter.close();
  }
}

/** SMTP_URL set → nodemailer over SMTP; unset → .eml files under DATA_DIR/outbox/. */
export function createMailTransport(env: Pick<Env, 'smtpUrl' | 'mailFrom' | 'dataDir'>): MailTransport {
  return env.smtpUrl ? new SmtpMailTransport(env.smtpUrl, env.mailFrom) : new EmlFileTransport(path.join(env.dataDir, 'outbox'), env.mailFrom);
}
