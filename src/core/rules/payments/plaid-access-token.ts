/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeUuid } from '../../fake-credentials';
import { IRule, Severity } from '../../types';
import { rotate } from '../shared';

/** Plaid access tokens (`access-<environment>-<uuid>`); sandbox tokens are a note. */
export const plaidAccessToken: IRule = {
  id: 'plaid-access-token',
  title: 'Plaid access token',
  severity: 'error',
  description:
    'A Plaid access token (with the client secret) reads the bank accounts, balances and transactions of the person who linked them.',
  remediation: rotate(
    'Plaid (call /item/remove, and rotate the secret in the Dashboard)'
  ),
  revokeUrl: 'https://dashboard.plaid.com/developers/keys',
  envName: 'PLAID_ACCESS_TOKEN',
  keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
  pattern:
    /(?<![A-Za-z0-9_-])(access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/g,
  secretGroup: 1,
  minEntropy: 3,
  validate: (secret: string): Severity =>
    secret.startsWith('access-sandbox-') ? 'info' : 'error',
  samples: {
    positive: [
      `client.accounts_get(AccountsGetRequest(access_token="access-production-${fakeUuid('plaid')}"))`,
      `ACCESS_TOKEN = "access-sandbox-${fakeUuid('plaid2')}"`
    ],
    negative: [
      'access-production-' + '0'.repeat(8) + '-0000-0000-0000-' + '0'.repeat(12)
    ]
  }
};
