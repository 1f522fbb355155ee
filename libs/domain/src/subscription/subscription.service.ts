import type { DataSource } from 'typeorm';
import type { AlertRuleName } from '../alert/rules/alert-rule.types.js';
import { writeTransaction } from '../database/write-transaction.js';
import { mailboxKey, normalizeEmail } from '../mail/email-address.util.js';
import type { MailComposer } from '../mail/mail-composer.js';
import { MailOutboxRepository } from '../mail/mail-outbox.repository.js';
import type { SubscriptionEntity, SubscriptionStatus } from './subscription.entity.js';
import { normalizeSubscriptionChoices, type SubscriptionFilters, type SubscriptionRequest } from './subscription-filters.js';
import { SubscriptionRepository } from './subscription.repository.js';
import { verifySubscriptionToken } from './subscription-token.util.js';

export class SubscriptionInvalidError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid subscription: ${problems.join('; ')}`);
    this.name = 'SubscriptionInvalidError';
  }
}

/**
 * Too many unconfirmed subscriptions for one mailbox: the confirmation mail is not a way to flood a stranger.
 * Counted per mailbox, not per address: Victim@, victim+1@ and (at Gmail) v.ictim@ reach one inbox.
 */
export class SubscriptionLimitError extends Error {
  constructor() {
    super('too many unconfirmed subscriptions for this mailbox today; confirm one of them first');
    this.name = 'SubscriptionLimitError';
  }
}

export interface SubscriptionView {
  id: number;
  email: string;
  status: SubscriptionStatus;
  filters: SubscriptionFilters;
  rules: AlertRuleName[];
  digest: SubscriptionEntity['digest'];
  createdBy: string;
  createdAt: string;
  confirmedAt: string | null;
  unsubscribedAt: string | null;
  lastDigestOn: string | null;
}

/** Queues mails that are already in the outbox (see OutboxRelay.dispatchMail). */
export interface MailDispatcher {
  dispatchMail(outboxIds: readonly number[]): Promise<unknown>;
}

const MAX_PENDING_PER_DAY = 3;
/** How long a confirmation link works, unless CONFIRM_LINK_DAYS says otherwise. */
export const DEFAULT_CONFIRM_LINK_DAYS = 7;
const DAY_MS = 24 * 3600 * 1000;

/** The domains whose addresses may reach the same mailbox as this one (Gmail has two names). */
function mailboxDomains(address: string): string[] {
  const domain = address.slice(address.lastIndexOf('@') + 1);
  return domain === 'gmail.com' || domain === 'googlemail.com' ? ['gmail.com', 'googlemail.com'] : [domain];
}

export function subscriptionView(row: SubscriptionEntity): SubscriptionView {
  return {
    id: row.id,
    email: row.email,
    status: row.status,
    filters: { ministry: row.ministry, minister: row.minister, submitter: row.submitter, party: row.party, topic: row.topic },
    rules: row.rules === '' ? [] : (row.rules.split(',') as AlertRuleName[]),
    digest: row.digest,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    confirmedAt: row.confirmedAt,
    unsubscribedAt: row.unsubscribedAt,
    lastDigestOn: row.lastDigestOn,
  };
}

/** Subscribe with double opt-in, confirm, unsubscribe (by signed link), list and remove. */
export class SubscriptionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly composer: MailComposer,
    private readonly hmacSecret: string,
    private readonly dispatcher: MailDispatcher | null,
    private readonly clock: () => Date = () => new Date(),
    private readonly confirmLinkDays: number = DEFAULT_CONFIRM_LINK_DAYS,
  ) {}

  /**
   * A public subscription starts pending and gets a confirmation mail (written to the outbox in the same transaction);
   * nothing else is sent to it until the link is followed. An admin may add one already confirmed, for a clerks' office.
   */
  async subscribe(request: SubscriptionRequest, options: { confirmed: boolean; createdBy: 'public' | 'admin' }): Promise<SubscriptionView> {
    const email = normalizeEmail(request.email);
    const { filters, rules, digest, problems } = normalizeSubscriptionChoices(request);
    if (email === null) problems.unshift(`email=${String(request.email).slice(0, 80)} (one plain address, like naam@example.nl)`);
    if (problems.length > 0) throw new SubscriptionInvalidError(problems);
    const now = this.clock().toISOString();
    const { row, mailId } = await writeTransaction(this.dataSource, async (manager) => {
      const repo = new SubscriptionRepository(manager);
      if (!options.confirmed) {
        const dayAgo = new Date(this.clock().getTime() - DAY_MS).toISOString();
        const mailbox = mailboxKey(email!);
        const recent = await repo.pendingAddressesSince(mailboxDomains(email!), dayAgo);
        if (recent.filter((address) => mailboxKey(address) === mailbox).length >= MAX_PENDING_PER_DAY) throw new SubscriptionLimitError();
      }
      const inserted = await repo.insert({
        email: email!,
        ...filters,
        rules: rules.join(','),
        digest,
        status: options.confirmed ? 'active' : 'pending',
        createdBy: options.createdBy,
        lastDigestOn: null,
        createdAt: now,
        confirmedAt: options.confirmed ? now : null,
        unsubscribedAt: null,
      });
      if (options.confirmed) return { row: inserted, mailId: null };
      const mail = await new MailOutboxRepository(manager).insertOnce(this.composer.confirmation(inserted), now);
      return { row: inserted, mailId: mail.id };
    });
    if (mailId !== null) await this.dispatcher?.dispatchMail([mailId]);
    return subscriptionView(row);
  }

  /**
   * What a mail link would do, without doing it: the page a GET shows before its button is pressed. Mail scanners and
   * link previews fetch (GET, HEAD) every link in a mail; only the POST from that page may change anything.
   */
  async linkState(purpose: 'confirm' | 'unsubscribe', token: unknown): Promise<'invalid' | 'expired' | SubscriptionStatus> {
    const id = verifySubscriptionToken(this.hmacSecret, purpose, token);
    const row = id === null ? null : await new SubscriptionRepository(this.dataSource.manager).findById(id);
    if (!row) return purpose === 'unsubscribe' && id !== null ? 'unsubscribed' : 'invalid';
    if (purpose === 'confirm' && row.status === 'pending' && this.isExpired(row)) return 'expired';
    return row.status;
  }

  private isExpired(row: SubscriptionEntity): boolean {
    return this.clock().getTime() - Date.parse(row.createdAt) > this.confirmLinkDays * DAY_MS;
  }

  /**
   * Follows a confirmation link. An unsubscribed subscription stays unsubscribed: an old link cannot revive it, and a
   * pending one older than the link's lifetime (CONFIRM_LINK_DAYS) is `expired`: subscribing again sends a new link.
   */
  async confirm(
    token: unknown,
  ): Promise<{ result: 'confirmed' | 'already-confirmed' | 'unsubscribed' | 'expired' | 'invalid'; subscription: SubscriptionView | null }> {
    const id = verifySubscriptionToken(this.hmacSecret, 'confirm', token);
    if (id === null) return { result: 'invalid', subscription: null };
    return writeTransaction(this.dataSource, async (manager) => {
      const repo = new SubscriptionRepository(manager);
      const row = await repo.findById(id);
      if (!row) return { result: 'invalid' as const, subscription: null };
      if (row.status === 'unsubscribed') return { result: 'unsubscribed' as const, subscription: subscriptionView(row) };
      if (row.status === 'active') return { result: 'already-confirmed' as const, subscription: subscriptionView(row) };
      if (this.isExpired(row)) return { result: 'expired' as const, subscription: subscriptionView(row) };
      const confirmedAt = this.clock().toISOString();
      await repo.update(id, { status: 'active', confirmedAt });
      return { result: 'confirmed' as const, subscription: subscriptionView({ ...row, status: 'active', confirmedAt }) };
    });
  }

  /** Follows an unsubscribe link: from then on nothing is sent, and mails still waiting in the outbox are cancelled. */
  async unsubscribe(token: unknown): Promise<{ result: 'unsubscribed' | 'already-unsubscribed' | 'invalid'; email: string | null }> {
    const id = verifySubscriptionToken(this.hmacSecret, 'unsubscribe', token);
    if (id === null) return { result: 'invalid', email: null };
    return writeTransaction(this.dataSource, async (manager) => {
      const repo = new SubscriptionRepository(manager);
      const row = await repo.findById(id);
      // A removed subscription is as unsubscribed as can be; say so rather than "invalid link".
      if (!row) return { result: 'already-unsubscribed' as const, email: null };
      if (row.status === 'unsubscribed') return { result: 'already-unsubscribed' as const, email: row.email };
      const now = this.clock().toISOString();
      await repo.update(id, { status: 'unsubscribed', unsubscribedAt: now });
      await new MailOutboxRepository(manager).cancelPendingFor(id, 'the subscriber unsubscribed', now);
      return { result: 'unsubscribed' as const, email: row.email };
    });
  }

  async list(status: SubscriptionStatus | null = null): Promise<SubscriptionView[]> {
    return (await new SubscriptionRepository(this.dataSource.manager).list(status)).map(subscriptionView);
  }

  async remove(id: number): Promise<boolean> {
    return writeTransaction(this.dataSource, async (manager) => {
      await new MailOutboxRepository(manager).cancelPendingFor(id, 'the subscription was removed', this.clock().toISOString());
      return new SubscriptionRepository(manager).delete(id);
    });
  }
}
