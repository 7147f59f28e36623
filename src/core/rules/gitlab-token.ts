/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { rotate, URL_SAFE } from './shared';

/**
 * GitLab tokens of every documented kind: personal, project and group (`glpat-`), deploy
 * (`gldt-`), runner authentication (`glrt-`) and registration (`GR1348941`), pipeline
 * trigger (`glptt-`), SCIM (`glsoat-`), feed (`glft-`), incoming mail (`glimt-`), agent
 * for Kubernetes (`glagent-`), OAuth application secret (`gloas-`), CI/CD job
 * (`glcbt-`) and feature flags client (`glffct-`) tokens.
 *
 * Notes: prefixes from GitLab's "GitLab token overview" documentation.
 */
export const gitlabToken: IRule = {
  id: 'gitlab-token',
  title: 'GitLab token',
  severity: 'error',
  description:
    'A GitLab token acts as you (or your project) on GitLab: anyone who reads it can clone, push or run pipelines.',
  remediation: rotate('GitLab (User settings › Access tokens)'),
  revokeUrl: 'https://gitlab.com/-/user_settings/personal_access_tokens',
  envName: 'GITLAB_TOKEN',
  keywords: [
    'glpat-',
    'gldt-',
    'glrt-',
    'glptt-',
    'glsoat-',
    'glft-',
    'glimt-',
    'glagent-',
    'gloas-',
    'glcbt-',
    'glffct-',
    'gr1348941'
  ],
  pattern:
    /(?<![A-Za-z0-9_-])((?:glpat|gldt|glrt|glptt|glsoat|glft|glimt|glagent|gloas|glcbt|glffct)-[A-Za-z0-9_.-]{20,100}|GR1348941[A-Za-z0-9_-]{20,40})(?![A-Za-z0-9_.-])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [
      `!git clone https://oauth2:glpat-${fakeToken(20, URL_SAFE)}@gitlab.com/g/p.git`,
      `CI_JOB_TOKEN=glcbt-64_${fakeToken(20, URL_SAFE, 'glcbt')}`,
      `gitlab-runner register --token glrt-${fakeToken(20, URL_SAFE, 'glrt')}`,
      `--registration-token GR1348941${fakeToken(20, URL_SAFE, 'gr')}`,
      `OAUTH_SECRET = "gloas-${fakeToken(64, '0123456789abcdef', 'gloas')}"`
    ],
    negative: [
      'glpat-xxxxxxxxxxxxxxxxxxxx',
      'token = "glpat-<your token>"',
      'glrt-' + 'X'.repeat(20),
      'runner tokens start with glrt- and trigger tokens with glptt-'
    ]
  }
};
