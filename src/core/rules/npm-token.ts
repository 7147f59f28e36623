/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { hasTokenChecksum } from '../crc32';
import { fakeGithubToken } from '../fake-credentials';
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { badChecksumRule } from './bad-checksum';
import { rotate } from './shared';

/**
 * npm access tokens (`npm_`).
 *
 * Notes: since 2021 npm tokens use GitHub's format, CRC32 checksum included, which is
 * verified offline like GitHub's.
 */
export const npmToken: IRule = {
  id: 'npm-token',
  title: 'npm access token',
  severity: 'error',
  description:
    'An npm token can publish packages under your name: a supply-chain risk for everyone who installs them.',
  remediation: rotate('npm (Access Tokens)'),
  revokeUrl: 'https://www.npmjs.com/settings/~/tokens',
  envName: 'NPM_TOKEN',
  keywords: ['npm_'],
  pattern: /(?<![A-Za-z0-9_])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: hasTokenChecksum,
  samples: {
    positive: [`//registry.npmjs.org/:_authToken=${fakeGithubToken('npm')}`],
    negative: [
      'npm_config_cache=/tmp/npm',
      'npm_' + 'x'.repeat(36),
      `npm_${fakeToken(36)}` // right shape, wrong checksum
    ]
  }
};

/** npm-shaped tokens whose checksum does not match. */
export const npmTokenBadChecksum: IRule = badChecksumRule(npmToken, {
  name: 'npm access token',
  valid: hasTokenChecksum,
  where: 'npm (Access Tokens)',
  samples: {
    positive: [
      `//registry.npmjs.org/:_authToken=npm_${fakeToken(36, undefined, 'npm-bad')}`
    ],
    negative: [fakeGithubToken('npm', 'npm-valid'), 'npm_' + 'x'.repeat(36)]
  }
});
