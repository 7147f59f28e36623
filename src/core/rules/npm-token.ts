/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { rotate } from './shared';

/** npm access tokens (`npm_`). */
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
  samples: {
    positive: [`//registry.npmjs.org/:_authToken=npm_${fakeToken(36)}`],
    negative: ['npm_config_cache=/tmp/npm', 'npm_' + 'x'.repeat(36)]
  }
};
