/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { rotate } from './shared';

/** Stripe live secret and restricted keys (`sk_live_`, `rk_live_`); test keys are not reported. */
export const stripeSecretKey: IRule = {
  id: 'stripe-secret-key',
  title: 'Stripe live secret key',
  severity: 'error',
  description:
    'A live Stripe secret key can create charges and refunds and read customer data of your account.',
  remediation: rotate('the Stripe dashboard (Developers › API keys)'),
  revokeUrl: 'https://dashboard.stripe.com/apikeys',
  envName: 'STRIPE_SECRET_KEY',
  keywords: ['sk_live_', 'rk_live_'],
  pattern:
    /(?<![A-Za-z0-9_])((?:sk|rk)_live_[A-Za-z0-9]{20,247})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [`stripe.api_key = "sk_live_${fakeToken(99)}"`],
    negative: [
      `stripe.api_key = "sk_test_${fakeToken(99)}"`,
      'sk_live_' + 'x'.repeat(24)
    ]
  }
};
