/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { rotate } from './shared';

/** Stripe live secret and restricted keys (`sk_live_`, `rk_live_`); test keys have their own rule. */
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
      `stripe.api_key = "sk_test_${fakeToken(99, undefined, 'sk-test')}"`,
      'sk_live_' + 'x'.repeat(24)
    ]
  }
};

/** Stripe test-mode secret and restricted keys (`sk_test_`, `rk_test_`). */
export const stripeTestKey: IRule = {
  id: 'stripe-test-key',
  title: 'Stripe test-mode key',
  severity: 'info',
  description:
    'A Stripe test key only reaches test-mode data, but it still reads and changes the test customers, webhooks and settings of your account.',
  remediation: rotate(
    'the Stripe dashboard (Developers › API keys, test mode)'
  ),
  revokeUrl: 'https://dashboard.stripe.com/test/apikeys',
  envName: 'STRIPE_SECRET_KEY',
  keywords: ['sk_test_', 'rk_test_'],
  // The secret is the part after the prefix: the shared placeholder filter drops
  // values of up to 100 characters that contain "test", which the prefix always does.
  pattern:
    /(?<![A-Za-z0-9_])(?:sk|rk)_test_([A-Za-z0-9]{20,247})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [
      `stripe.api_key = "sk_test_${fakeToken(99, undefined, 'sk-test')}"`,
      `STRIPE_KEY=rk_test_${fakeToken(99, undefined, 'rk-test')}`
    ],
    negative: [
      `pk_test_${fakeToken(99, undefined, 'pk-test')}`, // a publishable key is public by design
      'sk_test_' + 'x'.repeat(24)
    ]
  }
};

/** Webhook signing secrets (`whsec_`), as Stripe and Svix issue them. */
export const webhookSigningSecret: IRule = {
  id: 'webhook-signing-secret',
  title: 'Webhook signing secret (Stripe, Svix)',
  severity: 'warning',
  description:
    'A webhook signing secret lets anyone forge events (payments, subscriptions) that your endpoint will accept as genuine.',
  remediation: rotate("the provider's webhook endpoint settings (roll secret)"),
  revokeUrl: 'https://dashboard.stripe.com/webhooks',
  envName: 'STRIPE_WEBHOOK_SECRET',
  keywords: ['whsec_'],
  pattern: /(?<![A-Za-z0-9_])(whsec_[A-Za-z0-9+/=]{32,88})(?![A-Za-z0-9_+/=])/g,
  secretGroup: 1,
  minEntropy: 4,
  samples: {
    positive: [
      `endpoint_secret = "whsec_${fakeToken(32, undefined, 'whsec')}"`
    ],
    negative: ['whsec_...', 'whsec_' + 'x'.repeat(32)]
  }
};
