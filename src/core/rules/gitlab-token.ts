/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { rotate, URL_SAFE } from './shared';

/** GitLab personal, deploy, runner and trigger tokens (`glpat-`, `gldt-`, …). */
export const gitlabToken: IRule = {
  id: 'gitlab-token',
  title: 'GitLab token',
  severity: 'error',
  description:
    'A GitLab token acts as you (or your project) on GitLab: anyone who reads it can clone, push or run pipelines.',
  remediation: rotate('GitLab (User settings › Access tokens)'),
  revokeUrl: 'https://gitlab.com/-/user_settings/personal_access_tokens',
  envName: 'GITLAB_TOKEN',
  keywords: ['glpat-', 'gldt-', 'glrt-', 'glptt-', 'glft-'],
  pattern:
    /(?<![A-Za-z0-9_-])((?:glpat|gldt|glrt|glptt|glft)-[A-Za-z0-9_.-]{20,100})(?![A-Za-z0-9_.-])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [
      `!git clone https://oauth2:glpat-${fakeToken(20, URL_SAFE)}@gitlab.com/g/p.git`
    ],
    negative: ['glpat-xxxxxxxxxxxxxxxxxxxx', 'token = "glpat-<your token>"']
  }
};
