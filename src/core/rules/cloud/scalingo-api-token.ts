/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { BASE64URL } from '../alphabets';
import { rotate } from '../shared';

/** Scalingo API tokens (`tk-us-` + 48 URL-safe characters). */
export const scalingoApiToken: IRule = {
  id: 'scalingo-api-token',
  title: 'Scalingo API token',
  severity: 'error',
  description:
    'A Scalingo API token deploys, scales and reads the environment variables of every app its user can reach.',
  remediation: rotate('the Scalingo dashboard (User settings › API tokens)'),
  revokeUrl: 'https://dashboard.scalingo.com/account/tokens',
  envName: 'SCALINGO_API_TOKEN',
  keywords: ['tk-us-'],
  pattern: /(?<![A-Za-z0-9_-])(tk-us-[A-Za-z0-9_-]{48})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 4,
  samples: {
    positive: [`SCALINGO_API_TOKEN=tk-us-${fakeToken(48, BASE64URL, 'scal')}`],
    negative: ['tk-us-' + 'x'.repeat(48), 'tk-us-east-1-cluster']
  }
};
