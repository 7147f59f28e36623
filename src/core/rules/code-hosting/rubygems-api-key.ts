/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { rotate } from '../shared';

/** RubyGems API keys (`rubygems_` and 48 hex digits). */
export const rubygemsApiKey: IRule = {
  id: 'rubygems-api-key',
  title: 'RubyGems API key',
  severity: 'error',
  description:
    'A RubyGems API key can push new versions of your gems: a supply-chain risk for everyone who installs them.',
  remediation: rotate('RubyGems.org (Settings › API keys)'),
  revokeUrl: 'https://rubygems.org/profile/api_keys',
  envName: 'GEM_HOST_API_KEY',
  keywords: ['rubygems_'],
  pattern: /(?<![A-Za-z0-9_])(rubygems_[0-9a-f]{48})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [`GEM_HOST_API_KEY=rubygems_${fakeToken(48, HEX, 'gem')}`],
    negative: ['rubygems_' + '0'.repeat(48), 'rubygems_mfa_required: true']
  }
};
