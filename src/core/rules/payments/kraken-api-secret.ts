/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { namedValue } from '../named-value';
import { mixedCase, rotate } from '../shared';

const BASE64 = ALNUM + '+/';

/**
 * Kraken private API keys: 64 bytes in base64 (86 characters and `==`), under a Kraken
 * name or a secret name next to a Kraken client (`krakenex`, `ccxt.kraken`). The public
 * key beside it is only half of the pair.
 */
export const krakenApiSecret: IRule = {
  id: 'kraken-api-secret',
  title: 'Kraken private API key',
  severity: 'error',
  description:
    'A Kraken private API key signs requests for your account: with the permissions it was given it reads balances, trades and withdraws funds.',
  remediation: rotate('Kraken (Settings › API)'),
  revokeUrl: 'https://www.kraken.com/u/security/api',
  envName: 'KRAKEN_PRIVATE_KEY',
  keywords: ['kraken'],
  priority: 2,
  ...namedValue({
    vendor: 'kraken',
    value: '[A-Za-z0-9+/]{86}==',
    after: 'A-Za-z0-9+/=',
    name: /secret|private|priv|key/i,
    context: /kraken/i,
    check: mixedCase
  }),
  samples: {
    positive: [
      `KRAKEN_PRIVATE_KEY = "${fakeToken(86, BASE64, 'kraken')}=="`,
      `exchange = ccxt.kraken({"apiKey": "${fakeToken(56, BASE64, 'kraken-pub')}", "secret": "${fakeToken(86, BASE64, 'kraken-2')}=="})`
    ],
    negative: [
      `KRAKEN_API_KEY = "${fakeToken(56, BASE64, 'kraken-pub-2')}"`,
      `secret = "${fakeToken(86, BASE64, 'kraken-3')}=="  # a base64 blob, no exchange nearby`
    ]
  }
};
