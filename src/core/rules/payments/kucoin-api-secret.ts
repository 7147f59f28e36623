/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeUuid } from '../../fake-credentials';
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { namedValue } from '../named-value';
import { rotate } from '../shared';

/**
 * KuCoin API secrets (a UUID) under a KuCoin secret name or a secret name next to a
 * KuCoin client (`ccxt.kucoin`, `kucoin.client`). The API key beside it (24 hex digits)
 * is an id.
 */
export const kucoinApiSecret: IRule = {
  id: 'kucoin-api-secret',
  title: 'KuCoin API secret',
  severity: 'error',
  description:
    'A KuCoin API secret, with its key and passphrase, signs requests for your account: with the permissions it was given it reads balances, trades and withdraws funds.',
  remediation: rotate('KuCoin (API Management)'),
  revokeUrl: 'https://www.kucoin.com/account/api',
  envName: 'KUCOIN_API_SECRET',
  keywords: ['kucoin'],
  priority: 2,
  ...namedValue({
    vendor: 'kucoin',
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    after: '0-9a-f-',
    name: /secret/i,
    context: /kucoin/i
  }),
  samples: {
    positive: [
      `KUCOIN_API_SECRET = "${fakeUuid('kucoin')}"`,
      `exchange = ccxt.kucoin({"apiKey": "${fakeToken(24, HEX, 'kucoin-key')}", "secret": "${fakeUuid('kucoin-2')}", "password": pw})`
    ],
    negative: [
      `KUCOIN_API_KEY = "${fakeToken(24, HEX, 'kucoin-key-2')}"`,
      `kucoin_order_id = "${fakeUuid('kucoin-order')}"`
    ]
  }
};
