import type { DataSource, EntityManager } from 'typeorm';
import { ForecastService } from '../forecast/forecast.service.js';
import type { MailComposer } from '../mail/mail-composer.js';
import { MailOutboxRepository } from '../mail/mail-outbox.repository.js';
import type { Policy } from '../policy/policy.js';
import type { DigestCadence } from '../queue/job-item.js';
import { evaluateAnswerTerm } from '../rules/evaluate-answer-term.rule.js';
import { ensureAnswerTermProjection } from '../answer-term-projection/ensure-answer-term-projection.js';
import { ResponsibleReadRepository } from '../responsibility/responsible-read.repository.js';
import { addDays, laterOf, type KamerDate } from '../rules/kamer-date.util.js';
import { NotificationFactsRepository, type SetFacts } from '../subscription/notification-facts.repository.js';
import type { SubscriptionEntity } from '../subscription/subscription.entity.js';
import { inSubscriptionBatches } from '../subscription/subscription-batches.js';
import { compileFilters, filtersOf, matchesFilters, NO_ATTRIBUTES, type SubjectAttributes } from '../subscription/subscription-filters.js';
import { SubscriptionRepository } from '../subscription/subscription.repository.js';
import type { MailDispatcher } from '../subscription/subscription.service.js';
import { digestPeriod, type DigestPeriod } from './digest-period.util.js';
import { buildDigestView, type DigestCommitment, type DigestSet } from './digest-view.js';

export interface DigestRunResult {
  cadence: DigestCadence;
  asOf: KamerDate;
  period: string;
  subscribers: number;
  /** Digests written to the outbox by this run; the rest existed already (a re-run, a restart). */
  created: number;
  /** Digests of this period still waiting to be sent, queued by this run. */
  queued: number;
}

interface DigestData {
  overdue: Array<DigestSet & { id: number }>;
  answered: Array<DigestSet & { id: number }>;
  commitments: Array<DigestCommitment & { questionSetId: number | null }>;
  attributes: Map<number, SubjectAttributes>;
}

/** A digest never lists answers from further back than this, however long ago the last one was. */
const MAX_SINCE_DAYS = 31;

/**
 * Builds one cadence's digest for every active subscriber. Each digest is written to the outbox under the key
 * digest/<subscriptionId>/<period> before anything is queued, so a run that is repeated, or restarted after the
 * worker died halfway, writes only the digests still missing and queues only those not yet sent: one each.
 */
export class DigestRunService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly composer: MailComposer,
    private readonly dispatcher: MailDispatcher,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async run(cadence: DigestCadence, asOf: KamerDate): Promise<DigestRunResult> {
    const period = digestPeriod(cadence, asOf);
    const subscriptions = await new SubscriptionRepository(this.dataSource.manager).activeWithDigest(cadence);
    const keyOf = (s: SubscriptionEntity) => `digest/${s.id}/${period.key}`;
    const outbox = new MailOutboxRepository(this.dataSource.manager);
    const existing = await outbox.findByKeys(subscriptions.map(keyOf));
    const todo = subscriptions.filter((s) => !existing.has(keyOf(s)));
    let created = 0;
    if (todo.length > 0) {
      const sinceOf = (s: SubscriptionEntity) => this.since(s, period, asOf);
      const data = await this.load(asOf, period, todo.map(sinceOf).sort()[0]);
      const counts = await inSubscriptionBatches(this.dataSource, todo, (manager, batch) => this.write(manager, batch, data, period, asOf, sinceOf));
      created = counts.reduce((sum, n) => sum + n, 0);
    }
    const rows = await outbox.findByKeys(subscriptions.map(keyOf));
    const pending = [...rows.values()].filter((r) => r.status === 'pending').map((r) => r.id);
    await this.dispatcher.dispatchMail(pending);
    return { cadence, asOf, period: period.key, subscribers: subscriptions.length, created, queued: pending.length };
  }

  /** Answers after the last digest's date, at most MAX_SINCE_DAYS back; a first digest looks back one period. */
  private since(subscription: SubscriptionEntity, period: DigestPeriod, asOf: KamerDate): KamerDate {
    const last = subscription.lastDigestOn !== null && subscription.lastDigestOn < asOf ? subscription.lastDigestOn : addDays(asOf, -period.days);
    return laterOf(last, addDays(asOf, -MAX_SINCE_DAYS));
  }

  private async write(
    manager: EntityManager,
    batch: SubscriptionEntity[],
    data: DigestData,
    period: DigestPeriod,
    asOf: KamerDate,
    sinceOf: (s: SubscriptionEntity) => KamerDate,
  ): Promise<number> {
    const now = this.clock().toISOString();
    const outbox = new MailOutboxRepository(manager);
    const subscriptions = new SubscriptionRepository(manager);
    let created = 0;
    for (const subscription of batch) {
      const filters = compileFilters(filtersOf(subscription));
      const matches = (setId: number | null) => matchesFilters(filters, setId === null ? NO_ATTRIBUTES : (data.attributes.get(setId) ?? NO_ATTRIBUTES));
      const since = sinceOf(subscription);
      const view = buildDigestView(
        {
          period,
          asOf,
          since,
          overdue: data.overdue.filter((s) => matches(s.id)),
          answered: data.answered.filter((s) => s.answeredOn !== null && s.answeredOn > since && matches(s.id)),
          commitments: data.commitments.filter((c) => matches(c.questionSetId)),
          questionSetUrl: (key) => this.composer.questionSetUrl(key),
        },
        this.policy,
      );
      const mail = await outbox.insertOnce(this.composer.digest(subscription, period.key, view), now);
      await subscriptions.advanceLastDigestOn(subscription.id, asOf);
      if (mail.created) created += 1;
    }
    return created;
  }

  /** The facts of every digest of this run, read once: overdue sets, recent answers, commitments due in the period. */
  private async load(asOf: KamerDate, period: DigestPeriod, earliestSince: KamerDate): Promise<DigestData> {
    const facts = new NotificationFactsRepository(this.dataSource);
    const evaluate = (s: SetFacts) => ({ id: s.id, facts: s.facts, verdict: evaluateAnswerTerm(s.facts, asOf, this.policy) });
    const overdue = (await facts.openSetsAsOf(asOf)).map(evaluate).filter((s) => s.verdict.status === 'overdue' || s.verdict.status === 'overdue_deferred');
    const answered = (await facts.answeredBetween(earliestSince, asOf)).map(evaluate);
    const commitments = await facts.openCommitmentsDue(asOf, addDays(asOf, period.days));
    const ids = [...overdue.map((s) => s.id), ...answered.map((s) => s.id), ...commitments.flatMap((c) => (c.questionSetId === null ? [] : [c.questionSetId]))];
    // Who must answer is kept with the projection: make sure it was built before reading it.
    await ensureAnswerTermProjection(this.dataSource, this.policy);
    const [descriptions, attributes, responsibles] = [
      await facts.describe(ids),
      await facts.attributes(ids),
      await new ResponsibleReadRepository(this.dataSource).of(ids),
    ];
    const forecasts = await new ForecastService(this.dataSource, this.policy).forecasts(
      overdue.map((s) => s.id),
      asOf,
    );
    const asSet = (s: ReturnType<typeof evaluate>): DigestSet & { id: number } => {
      const d = descriptions.get(s.id);
      return {
        id: s.id,
        key: d?.key ?? String(s.id),
        zaak: d?.zaak ?? null,
        title: d?.title ?? null,
        ministerLabel: d?.ministerLabel ?? null,
        ministerLabels: (responsibles.get(s.id) ?? []).map((r) => r.minister),
        submittedOn: s.facts.submittedOn,
        answeredOn: s.facts.answeredOn,
        verdict: s.verdict,
        forecast: forecasts.get(s.id) ?? null,
      };
    };
    return {
      overdue: overdue.map(asSet),
      answered: answered.map(asSet),
      commitments: commitments.map((c) => {
        const d = c.questionSetId === null ? undefined : descriptions.get(c.questionSetId);
        return {
          questionSetId: c.questionSetId,
          zaak: d?.zaak ?? d?.key ?? c.officialNumber ?? `toezegging ${c.id}`,
          title: d?.title ?? c.ministry ?? '',
          text: c.text,
          dueDate: c.dueDate,
          dueImplied: c.dueImplied,
        };
      }),
      attributes,
    };
  }
}
