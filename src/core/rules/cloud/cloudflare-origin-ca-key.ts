/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { rotate } from '../shared';

/** Cloudflare Origin CA keys (`v1.0-`, 24 hex, `-`, 146 hex). */
export const cloudflareOriginCaKey: IRule = {
  id: 'cloudflare-origin-ca-key',
  title: 'Cloudflare Origin CA key',
  severity: 'error',
  description:
    'An Origin CA key issues and revokes the certificates Cloudflare trusts for your origin servers.',
  remediation: rotate(
    'the Cloudflare dashboard (My Profile › API Tokens › Origin CA Key)'
  ),
  revokeUrl: 'https://dash.cloudflare.com/profile/api-tokens',
  envName: 'CLOUDFLARE_ORIGIN_CA_KEY',
  keywords: ['v1.0-'],
  pattern:
    /(?<![A-Za-z0-9_.-])(v1\.0-[0-9a-f]{24}-[0-9a-f]{146})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [
      `CF_ORIGIN_CA_KEY=v1.0-${fakeToken(24, HEX, 'oca1')}-${fakeToken(146, HEX, 'oca2')}`
    ],
    negative: [
      'version v1.0-beta released',
      `v1.0-${'0'.repeat(24)}-${'0'.repeat(146)}`
    ]
  }
};
