/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { namedValue } from '../named-value';
import { rotate } from '../shared';

/** Cloudflare global API keys (37 hex digits), by their name or `X-Auth-Key`. */
export const cloudflareGlobalApiKey: IRule = {
  id: 'cloudflare-global-api-key',
  title: 'Cloudflare global API key',
  severity: 'error',
  description:
    'The Cloudflare global API key has every permission of your user on every account and zone, with no scope and no expiry.',
  remediation: `Use a scoped API token instead. ${rotate('the Cloudflare dashboard (My Profile › API Tokens › Global API Key › Change)')}`,
  revokeUrl: 'https://dash.cloudflare.com/profile/api-tokens',
  envName: 'CLOUDFLARE_API_KEY',
  keywords: ['x-auth-key', 'cf_api_key', 'cloudflare'],
  ...namedValue({
    vendor:
      'cloudflare[_-]?(?:global[_-]?)?api[_-]?key|cf[_-]api[_-]key|x-auth-key',
    value: '[0-9a-f]{37}'
  }),
  samples: {
    positive: [
      `headers = {"X-Auth-Email": "me@lab.org", "X-Auth-Key": "${fakeToken(37, HEX, 'cfg')}"}`
    ],
    negative: [`X-Auth-Key: ${fakeToken(36, HEX, 'cfg2')}`]
  }
};
