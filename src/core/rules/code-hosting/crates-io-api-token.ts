/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { mixedCase, rotate } from '../shared';

/**
 * crates.io API tokens (`cio` and 32 letters and digits). `cio` is short and common, so
 * the rule runs only where cargo, crates.io or a `[registry]` table is named.
 */
export const cratesIoApiToken: IRule = {
  id: 'crates-io-api-token',
  title: 'crates.io API token',
  severity: 'error',
  description:
    'A crates.io API token publishes, yanks and changes the owners of your Rust crates (within its scopes): a new release of one of them reaches everyone who depends on it.',
  remediation: rotate('crates.io (Account Settings › API Tokens)'),
  revokeUrl: 'https://crates.io/settings/tokens',
  envName: 'CARGO_REGISTRY_TOKEN',
  keywords: ['cargo', 'crates', 'registry'],
  pattern: /(?<![A-Za-z0-9_-])(cio[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  priority: 2,
  minEntropy: 4,
  validate: secret => mixedCase(secret.slice(3)),
  samples: {
    positive: [
      `!cargo login cio${fakeToken(32, ALNUM, 'cio')}`,
      `%env CARGO_REGISTRY_TOKEN=cio${fakeToken(32, ALNUM, 'cio2')}`,
      `[registry]\ntoken = "cio${fakeToken(32, ALNUM, 'cio4')}"`
    ],
    negative: [
      `token = "cio${fakeToken(32, ALNUM, 'cio3')}"`,
      '!cargo login cioXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'cargo publish  # association_coefficients'
    ]
  }
};
