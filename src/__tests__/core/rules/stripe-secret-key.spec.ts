import { fakeToken } from '../../../core';
import { idsIn, idsInOutput, outputContexts, sourceContexts } from './contexts';

describe('stripe-secret-key', () => {
  describe('stripe-secret-key', () => {
    const secret = `sk_live_${fakeToken(99, undefined, 'st')}`;
    it.each(sourceContexts(secret, 'STRIPE_SECRET_KEY'))(
      'should find it in %s',
      (_where, text) => {
        expect(idsIn(text)).toContain('stripe-secret-key');
      }
    );
    it.each(outputContexts(secret))(
      'should find it in %s',
      (_where, output) => {
        expect(idsInOutput(output)).toContain('stripe-secret-key');
      }
    );
  });

  it.each([
    [
      'a restricted key',
      `rk_live_${fakeToken(99, undefined, 'rk')}`,
      'stripe-secret-key',
      1
    ],
    [
      'a test key',
      `sk_test_${fakeToken(99, undefined, 'tk')}`,
      'stripe-secret-key',
      0
    ],
    [
      'a test key, under its own rule',
      `sk_test_${fakeToken(99, undefined, 'tk')}`,
      'stripe-test-key',
      1
    ],
    [
      'an old, short test key',
      `STRIPE_KEY = "sk_test_${fakeToken(24, undefined, 'tk24')}"`,
      'stripe-test-key',
      1
    ],
    [
      'a restricted test key',
      `rk_test_${fakeToken(99, undefined, 'rkt')}`,
      'stripe-test-key',
      1
    ],
    [
      'a publishable key (public by design)',
      `pk_live_${fakeToken(99, undefined, 'pk')}`,
      'stripe-secret-key',
      0
    ],
    [
      'a webhook signing secret',
      `STRIPE_WEBHOOK_SECRET=whsec_${fakeToken(32, undefined, 'wh')}`,
      'webhook-signing-secret',
      1
    ]
  ])('should handle %s', (_reason, text, ruleId, expected) => {
    expect(idsIn(text).filter(id => id === ruleId)).toHaveLength(expected);
  });
});
