/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeHex } from '../fake-credentials';
import { IRule } from '../types';
import { near, rotate } from './shared';

const REMEDIATION = rotate('the Twilio console (API keys & tokens)');

/** Twilio API key SIDs (`SK` + 32 hex), which travel with their secret. */
export const twilioApiKey: IRule = {
  id: 'twilio-api-key',
  title: 'Twilio API key',
  severity: 'warning',
  description:
    'A Twilio API key with its secret sends SMS and calls billed to your account.',
  remediation: REMEDIATION,
  revokeUrl: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
  envName: 'TWILIO_API_KEY',
  keywords: ['sk'],
  mustContain: 'SK',
  pattern: /(?<![A-Za-z0-9])(SK[0-9a-fA-F]{32})(?![A-Za-z0-9])/g,
  secretGroup: 1,
  minEntropy: 3,
  samples: {
    positive: [`TWILIO_API_KEY=SK${fakeHex(32)}`],
    negative: ['SK' + '0'.repeat(32), `sha = "${fakeHex(34)}"`]
  }
};

/**
 * Twilio auth tokens: 32 hex after an auth-token name, or right after an account SID
 * (`Client("AC…", "…")`).
 */
export const twilioAuthToken: IRule = {
  id: 'twilio-auth-token',
  title: 'Twilio auth token',
  severity: 'error',
  description:
    'A Twilio auth token is the master password of the account: SMS, calls, numbers and billing.',
  remediation: REMEDIATION,
  revokeUrl: 'https://console.twilio.com/',
  envName: 'TWILIO_AUTH_TOKEN',
  keywords: ['twilio'],
  pattern:
    /(?:auth_?token|api_?secret|secret)\\?["']?\]?\s{0,3}[:=]\s{0,3}["']?([0-9a-f]{32})(?![0-9a-f])|AC[0-9a-f]{32}["']\s{0,3},\s{0,3}["']([0-9a-f]{32})(?![0-9a-f])/gi,
  secretGroup: 1,
  minEntropy: 3,
  validate: (_secret, context) =>
    near(context, /twilio|\bAC[0-9a-f]{32}/i, 300),
  samples: {
    positive: [
      `client = twilio.rest.Client("AC${fakeHex(32)}", "${fakeHex(32)}")`,
      `TWILIO_AUTH_TOKEN = "${fakeHex(32)}"`
    ],
    negative: [
      `auth_token = "${fakeHex(32)}"  # another service`,
      'TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]'
    ]
  }
};
