/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM, BASE64URL } from '../alphabets';
import { namedValue } from '../named-value';
import { mixedCase, rotate } from '../shared';

/** Cloudflare API tokens (40 characters), recognised by their name or the API host. */
export const cloudflareApiToken: IRule = {
  id: 'cloudflare-api-token',
  title: 'Cloudflare API token',
  severity: 'error',
  description:
    'A Cloudflare API token changes the DNS, firewall, Workers and storage of the zones and accounts it is scoped to.',
  remediation: rotate('the Cloudflare dashboard (My Profile › API Tokens)'),
  revokeUrl: 'https://dash.cloudflare.com/profile/api-tokens',
  envName: 'CLOUDFLARE_API_TOKEN',
  keywords: ['cloudflare', 'cf_api_token', 'cf_token'],
  ...namedValue({
    vendor: 'cloudflare|cf[_-]api[_-]token|cf[_-]token',
    value: '[A-Za-z0-9_-]{40}',
    context: /api\.cloudflare\.com/i,
    check: mixedCase
  }),
  samples: {
    positive: [
      `CLOUDFLARE_API_TOKEN=${fakeToken(40, BASE64URL, 'cf')}`,
      `cf = Cloudflare(api_token="${fakeToken(40, ALNUM, 'cf2')}")  # api.cloudflare.com`
    ],
    negative: [
      `api_token = "${fakeToken(40, ALNUM, 'cf3')}"`, // no Cloudflare nearby
      'CLOUDFLARE_API_TOKEN=${{ secrets.CLOUDFLARE_API_TOKEN }}'
    ]
  }
};
