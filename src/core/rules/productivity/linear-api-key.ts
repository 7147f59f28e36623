/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { rotate } from '../shared';

/** Linear API keys (`lin_api_`) and OAuth tokens (`lin_oauth_`). */
export const linearApiKey: IRule = {
  id: 'linear-api-key',
  title: 'Linear API key',
  severity: 'error',
  description:
    'A Linear API key reads and changes the issues, projects and comments of every team its user belongs to.',
  remediation: rotate(
    'Linear (Settings › Security & access › Personal API keys)'
  ),
  revokeUrl: 'https://linear.app/settings/account/security',
  envName: 'LINEAR_API_KEY',
  keywords: ['lin_api_', 'lin_oauth_'],
  pattern:
    /(?<![A-Za-z0-9_])(lin_api_[A-Za-z0-9]{40}|lin_oauth_[0-9a-f]{64})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 4,
  samples: {
    positive: [`LINEAR_API_KEY=lin_api_${fakeToken(40, ALNUM, 'lin')}`],
    negative: ['lin_api_' + 'x'.repeat(40)]
  }
};
