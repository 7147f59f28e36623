/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeHex } from '../../fake-credentials';
import { IRule } from '../../types';
import { rotate } from '../shared';

/** Flutterwave secret keys (`FLWSECK-` or `FLWSECK_TEST-`, 32 hex digits, `-X`). */
export const flutterwaveSecretKey: IRule = {
  id: 'flutterwave-secret-key',
  title: 'Flutterwave secret key',
  severity: 'error',
  description:
    'A Flutterwave secret key charges cards, makes transfers and payouts, and reads the transactions of your business account.',
  remediation: rotate('the Flutterwave dashboard (Settings › API keys)'),
  revokeUrl: 'https://app.flutterwave.com/dashboard/settings/apis/live',
  envName: 'FLW_SECRET_KEY',
  keywords: ['flwseck'],
  pattern:
    /(?<![A-Za-z0-9_-])(FLWSECK(?:_TEST)?-[0-9a-f]{32}-X)(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 3,
  samples: {
    positive: [`FLW_SECRET_KEY=FLWSECK-${fakeHex(32, 'flw')}-X`],
    negative: [
      `FLWSECK_TEST-${'0'.repeat(32)}-X`,
      'FLWSECK_TEST-SANDBOXDEMOKEY-X'
    ]
  }
};
