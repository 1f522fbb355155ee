export { SubscriptionEntity, type DigestChoice, type SubscriptionStatus } from './subscription.entity.js';
export {
  SubscriptionService,
  SubscriptionInvalidError,
  SubscriptionLimitError,
  subscriptionView,
  type MailDispatcher,
  type SubscriptionView,
} from './subscription.service.js';
export { DIGEST_CHOICES, RULE_LABELS, type SubscriptionFilters, type SubscriptionRequest } from './subscription-filters.js';
export { signSubscriptionToken, verifySubscriptionToken, type TokenPurpose } from './subscription-token.util.js';
export { resolveHmacSecret } from './hmac-secret.util.js';
