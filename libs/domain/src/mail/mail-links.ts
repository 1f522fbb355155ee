import { signSubscriptionToken } from '../subscription/subscription-token.util.js';

/** Every link a mail carries, absolute on PUBLIC_URL. Tokens are base64url and need no escaping. */
export class MailLinks {
  constructor(
    readonly publicUrl: string,
    private readonly secret: string,
  ) {}

  confirm(subscriptionId: number): string {
    return `${this.publicUrl}/subscriptions/confirm?token=${signSubscriptionToken(this.secret, 'confirm', subscriptionId)}`;
  }

  unsubscribe(subscriptionId: number): string {
    return `${this.publicUrl}/subscriptions/unsubscribe?token=${signSubscriptionToken(this.secret, 'unsubscribe', subscriptionId)}`;
  }

  /** The set's public page (/vragen/…), which a reader's browser shows; /questions/… is the JSON API. */
  questionSet(key: string): string {
    return `${this.publicUrl}/vragen/${encodeURIComponent(key)}`;
  }
}
