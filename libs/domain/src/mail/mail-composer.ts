import type { AlertRuleName } from '../alert/rules/alert-rule.types.js';
import type { DigestView } from '../digest/digest-view.js';
import type { SubscriptionEntity } from '../subscription/subscription.entity.js';
import { describeChoices, filtersOf, RULE_LABELS } from '../subscription/subscription-filters.js';
import type { KamerDate } from '../rules/kamer-date.util.js';
import { dutchDate } from './format-dutch-date.js';
import { headerText } from './header-text.util.js';
import type { MailLinks } from './mail-links.js';
import type { NewOutboxMail } from './mail-outbox.repository.js';
import type { MailTemplates } from './mail-templates.js';
import { newMessageId } from './message-id.util.js';

/** One alert as its mail lists it: the set by zaak number and title, and what happened in a sentence. */
export interface AlertMailItem {
  rule: AlertRuleName;
  zaak: string;
  title: string;
  url: string;
  detail: string;
}

const MAX_ALERTS_LISTED = 100;

/** Renders mails into outbox rows: the subject, both bodies, the unsubscribe link and a fixed Message-ID. */
export class MailComposer {
  constructor(
    private readonly templates: MailTemplates,
    private readonly links: MailLinks,
    private readonly mailFrom: string,
  ) {}

  get publicUrl(): string {
    return this.links.publicUrl;
  }

  questionSetUrl(key: string): string {
    return this.links.questionSet(key);
  }

  confirmation(subscription: SubscriptionEntity): NewOutboxMail {
    const rules = subscription.rules === '' ? [] : (subscription.rules.split(',') as AlertRuleName[]);
    return this.mail(subscription, 'confirm', `confirm/${subscription.id}`, 'Bevestig uw abonnement op termijnwacht', 'confirm', {
      confirmUrl: this.links.confirm(subscription.id),
      choices: describeChoices(filtersOf(subscription), rules, subscription.digest),
    });
  }

  /**
   * One mail for the alerts a sweep found new for one subscription, grouped by rule. A first sweep for a broad
   * subscription may find hundreds: the mail lists the first MAX_ALERTS_LISTED and counts the rest.
   */
  alerts(subscription: SubscriptionEntity, items: readonly AlertMailItem[], batchKey: string, asOf: KamerDate): NewOutboxMail {
    const listed = items.slice(0, MAX_ALERTS_LISTED);
    const groups = (Object.keys(RULE_LABELS) as AlertRuleName[])
      .map((rule) => ({ rule, items: listed.filter((i) => i.rule === rule) }))
      .filter((g) => g.items.length > 0)
      .map((g) => ({ label: capitalise(RULE_LABELS[g.rule]), count: g.items.length, items: g.items }));
    const subject =
      items.length === 1
        ? `termijnwacht: ${RULE_LABELS[items[0].rule]}: ${items[0].zaak} ${items[0].title}`
        : `termijnwacht: ${items.length} meldingen (${items
            .slice(0, 3)
            .map((i) => i.zaak)
            .join(', ')}${items.length > 3 ? ', …' : ''})`;
    return this.mail(subscription, 'alert', `alerts/${subscription.id}/${batchKey}`, subject, 'alert', {
      heading: items.length === 1 ? 'Nieuwe melding van termijnwacht' : `${items.length} nieuwe meldingen van termijnwacht`,
      asOfLabel: dutchDate(asOf, true),
      groups,
      unlisted: items.length - listed.length,
    });
  }

  digest(subscription: SubscriptionEntity, periodKey: string, view: DigestView): NewOutboxMail {
    return this.mail(subscription, 'digest', `digest/${subscription.id}/${periodKey}`, view.heading, 'digest', view);
  }

  private mail(
    subscription: SubscriptionEntity,
    kind: NewOutboxMail['kind'],
    key: string,
    subject: string,
    template: 'confirm' | 'alert' | 'digest',
    data: object,
  ): NewOutboxMail {
    const unsubscribeUrl = this.links.unsubscribe(subscription.id);
    const body = this.templates.render(template, { ...data, email: subscription.email, publicUrl: this.links.publicUrl, unsubscribeUrl });
    return {
      key,
      kind,
      subscriptionId: subscription.id,
      toAddress: subscription.email,
      subject: headerText(subject, 200),
      textBody: body.text,
      htmlBody: body.html,
      unsubscribeUrl,
      messageId: newMessageId(this.mailFrom, kind),
    };
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
