import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { signSubscriptionToken, verifySubscriptionToken } from './subscription-token.util.js';

const SECRET = 'a-secret-of-sufficient-length';

describe('subscription tokens (HMAC-SHA256)', () => {
  it('verify for their purpose and id', () => {
    expect(verifySubscriptionToken(SECRET, 'unsubscribe', signSubscriptionToken(SECRET, 'unsubscribe', 42))).toBe(42);
    expect(verifySubscriptionToken(SECRET, 'confirm', signSubscriptionToken(SECRET, 'confirm', 7))).toBe(7);
  });

  it('an unsubscribe token does not confirm, and another secret signs nothing here', () => {
    expect(verifySubscriptionToken(SECRET, 'confirm', signSubscriptionToken(SECRET, 'unsubscribe', 42))).toBeNull();
    expect(verifySubscriptionToken(SECRET, 'unsubscribe', signSubscriptionToken('another-secret-of-length', 'unsubscribe', 42))).toBeNull();
  });

  it('changing the id or the signature breaks it', () => {
    const token = signSubscriptionToken(SECRET, 'unsubscribe', 42);
    expect(verifySubscriptionToken(SECRET, 'unsubscribe', token.replace('.42.', '.43.'))).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: token.length - 1 }), fc.constantFrom('A', 'b', '0', '_', '-'), (i, c) => {
        const tampered = token.slice(0, i) + c + token.slice(i + 1);
        if (tampered !== token) expect(verifySubscriptionToken(SECRET, 'unsubscribe', tampered)).toBeNull();
      }),
    );
  });

  it.each([undefined, null, 42, '', 'unsubscribe.42', 'x'.repeat(500), ['unsubscribe.1.x']])('refuses %p', (input) => {
    expect(verifySubscriptionToken(SECRET, 'unsubscribe', input)).toBeNull();
  });
});
