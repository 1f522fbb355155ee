import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { MailComposer } from '../mail/mail-composer.js';
import { MailOutboxRepository } from '../mail/mail-outbox.repository.js';
import { MINISTRIES } from '../ministry/ministry-catalogue.js';
import type { Policy } from '../policy/policy.js';
import { addDays, type KamerDate } from '../rules/kamer-date.util.js';
import { NotificationFactsRepository, type OpenCommitment, type SetDescription, type SetFacts } from '../subscription/notification-facts.repository.js';
import type { SubscriptionEntity } from '../subscription/subscription.entity.js';
import { inSubscriptionBatches } from '../subscription/subscription-batches.js';
import { compileFilters, filtersOf, matchesFilters, NO_ATTRIBUTES, type SubjectAttributes } from '../subscription/subscription-filters.js';
import { SubscriptionRepository } from '../subscription/subscription.repository.js';
import type { MailDispatcher } from '../subscription/subscription.service.js';
import { alertMailItem, type AlertSubjectLabel } from './alert-mail-item.js';
import { AlertRepository, type NewAlert, alertIdempotencyKey } from './alert.repository.js';
import { commitmentAlerts, questionSetAlerts, type AlertCandidate } from './rules/index.js';

export interface AlertSweepResult {
  asOf: KamerDate;
  subscriptions: number;
  questionSetsEvaluated: number;
  candidates: number;
  newAlerts: number;
  mails: number;
}

/** A candidate with what the filters and the mail need to know about its subject. */
interface Subject {
  candidate: AlertCandidate;
  attributes: SubjectAttributes;
  label: AlertSubjectLabel;
}

const WINDOW_SLACK_DAYS = 14;
// More than the recess days any 49 counted days can straddle (a summer recess is about 45).
const RECESS_SLACK_DAYS = 120;

/**
 * The alert sweep: loads the facts once, runs the pure alert rules (alert/rules) as of a date, and for each active
 * subscription records the alerts it has not had yet (UNIQUE idempotency key) together with one mail listing them,
 * in one transaction, before the mail is queued. Running it twice, or for the same date from two jobs, sends nothing twice.
 */
export class AlertSweepService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly composer: MailComposer,
    private readonly dispatcher: MailDispatcher,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async run(asOf: KamerDate): Promise<AlertSweepResult> {
    const subscriptions = await new SubscriptionRepository(this.dataSource.manager).activeWithAlerts();
    const result: AlertSweepResult = { asOf, subscriptions: subscriptions.length, questionSetsEvaluated: 0, candidates: 0, newAlerts: 0, mails: 0 };
    if (subscriptions.length === 0) return result;
    const facts = new NotificationFactsRepository(this.dataSource);
    const sets = await this.setsToEvaluate(facts, asOf);
    result.questionSetsEvaluated = sets.length;
    const setCandidates = sets.flatMap((s) => questionSetAlerts(s.key, s.facts, asOf, this.policy).map((candidate) => ({ candidate, setId: s.id })));
    const commitments = await facts.openCommitmentsDue(asOf, addDays(asOf, -1), addDays(asOf, -this.policy.alertLookbackDays));
    const commitmentCandidates = commitments.flatMap((c) => commitmentAlerts(c, asOf, this.policy).map((candidate) => ({ candidate, commitment: c })));
    result.candidates = setCandidates.length + commitmentCandidates.length;
    if (result.candidates === 0) return result;
    const subjects = await this.subjects(facts, setCandidates, commitmentCandidates);
    const mailIds: number[] = [];
    for (const recorded of await inSubscriptionBatches(this.dataSource, subscriptions, (manager, batch) => this.record(manager, batch, subjects, asOf))) {
      result.newAlerts += recorded.newAlerts;
      mailIds.push(...recorded.mailIds);
    }
    result.mails = mailIds.length;
    await this.dispatcher.dispatchMail(mailIds);
    return result;
  }

  /**
   * Open sets young enough for a term event inside the lookback window, plus sets with a deferral inside it (a late
   * deferral may even come after the answer). The age limit only saves work: the rules decide. Its slack covers term
   * arithmetic the policy may refine, and recess days when the policy pauses the term during recesses.
   */
  private async setsToEvaluate(facts: NotificationFactsRepository, asOf: KamerDate): Promise<SetFacts[]> {
    const p = this.policy;
    const slack = WINDOW_SLACK_DAYS + (p.pauseDuringRecess ? RECESS_SLACK_DAYS : 0);
    const submittedFrom = addDays(asOf, -(p.alertLookbackDays + p.answerTermDays + p.deferralExtensionDays + slack));
    const byId = new Map<number, SetFacts>();
    for (const s of await facts.openSetsAsOf(asOf, submittedFrom)) byId.set(s.id, s);
    for (const s of await facts.setsWithDeferralBetween(addDays(asOf, 1 - this.policy.alertLookbackDays), asOf)) byId.set(s.id, s);
    return [...byId.values()];
  }

  private async subjects(
    facts: NotificationFactsRepository,
    sets: Array<{ candidate: AlertCandidate; setId: number }>,
    commitments: Array<{ candidate: AlertCandidate; commitment: OpenCommitment }>,
  ): Promise<Subject[]> {
    const ids = [...sets.map((s) => s.setId), ...commitments.flatMap((c) => (c.commitment.questionSetId === null ? [] : [c.commitment.questionSetId]))];
    const [attributes, descriptions] = [await facts.attributes(ids), await facts.describe(ids)];
    const setLabel = (d: SetDescription | undefined, fallback: string): AlertSubjectLabel => ({
      zaak: d?.zaak ?? d?.key ?? fallback,
      title: d?.title ?? '(zonder titel)',
      url: d ? this.composer.questionSetUrl(d.key) : this.composer.publicUrl,
    });
    return [
      ...sets.map(({ candidate, setId }) => ({
        candidate,
        attributes: attributes.get(setId) ?? NO_ATTRIBUTES,
        label: setLabel(descriptions.get(setId), candidate.subjectKey),
      })),
      ...commitments.map(({ candidate, commitment: c }) => ({
        candidate,
        attributes:
          c.questionSetId === null ? { ...NO_ATTRIBUTES, ministrySlug: ministrySlugOf(c.ministry) } : (attributes.get(c.questionSetId) ?? NO_ATTRIBUTES),
        label: {
          ...(c.questionSetId === null
            ? { zaak: c.officialNumber ?? `toezegging ${c.id}`, title: c.ministry ?? '(toezegging)', url: this.composer.publicUrl }
            : setLabel(descriptions.get(c.questionSetId), candidate.subjectKey)),
          commitmentText: c.text,
          dueImplied: c.dueImplied,
        },
      })),
    ];
  }

  private async record(manager: EntityManager, batch: SubscriptionEntity[], subjects: Subject[], asOf: KamerDate) {
    const now = this.clock().toISOString();
    const alerts = new AlertRepository(manager);
    const outbox = new MailOutboxRepository(manager);
    const earliestTerm = subjects.reduce((min, s) => (s.candidate.termDate < min ? s.candidate.termDate : min), asOf);
    const mailIds: number[] = [];
    // Recorded together after the loop: one statement for the whole batch (see AlertRepository.insert).
    const fresh: NewAlert[] = [];
    for (const subscription of batch) {
      const rules = new Set(subscription.rules.split(','));
      const filters = compileFilters(filtersOf(subscription));
      const matched = subjects.filter((s) => rules.has(s.candidate.rule) && matchesFilters(filters, s.attributes));
      if (matched.length === 0) continue;
      const existing = await alerts.existingKeys(subscription.id, earliestTerm);
      const unsent = matched.filter((s) => !existing.has(alertIdempotencyKey(subscription.id, s.candidate)));
      if (unsent.length === 0) continue;
      // The mail is written first so each alert row can name it; both land in this transaction or neither does.
      const items = unsent.map((s) => alertMailItem(s.candidate, s.label));
      const batchKey = createHash('sha256')
        .update(unsent.map((s) => alertIdempotencyKey(subscription.id, s.candidate)).join('\n'))
        .digest('hex')
        .slice(0, 16);
      const mail = await outbox.insertOnce(this.composer.alerts(subscription, items, `${asOf}/${batchKey}`, asOf), now);
      for (const s of unsent) fresh.push({ subscriptionId: subscription.id, candidate: s.candidate, outboxId: mail.id });
      mailIds.push(mail.id);
    }
    await alerts.insert(fresh, asOf, now);
    return { newAlerts: fresh.length, mailIds };
  }
}

/** The catalogue slug of a ministry named in free text ("Ministerie van Financiën"), or null. */
function ministrySlugOf(name: string | null): string | null {
  if (!name) return null;
  const lower = name.toLowerCase();
  return MINISTRIES.find((m) => lower.includes(m.name.toLowerCase()) || lower === m.abbreviation.toLowerCase())?.slug ?? null;
}
