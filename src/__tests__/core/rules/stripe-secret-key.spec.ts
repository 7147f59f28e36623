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
    ]
  ])('should handle %s', (_reason, text, ruleId, expected) => {
    expect(idsIn(text).filter(id => id === ruleId)).toHaveLength(expected);
  });
});
