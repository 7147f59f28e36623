/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { mixedCase, rotate } from '../shared';

/** Prefect Cloud API keys (`pnu_` + 36 letters and digits). */
export const prefectApiKey: IRule = {
  id: 'prefect-api-key',
  title: 'Prefect Cloud API key',
  severity: 'error',
  description:
    'A Prefect Cloud API key runs, edits and deletes the flows, deployments and blocks (often holding other credentials) of the workspaces its user can reach.',
  remediation: rotate('Prefect Cloud (Profile › API keys)'),
  revokeUrl: 'https://app.prefect.cloud/my/api-keys',
  envName: 'PREFECT_API_KEY',
  keywords: ['pnu_'],
  pattern: /(?<![A-Za-z0-9_])(pnu_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: mixedCase,
  samples: {
    positive: [`PREFECT_API_KEY=pnu_${fakeToken(36, ALNUM, 'pnu')}`],
    negative: [
      'pnu_' + 'x'.repeat(36),
      'keys start with pnu_ and are shown once'
    ]
  }
};
