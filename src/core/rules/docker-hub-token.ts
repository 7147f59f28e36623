/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { rotate, URL_SAFE } from './shared';

/** Docker Hub personal and organisation access tokens (`dckr_pat_`, `dckr_oat_`). */
export const dockerHubToken: IRule = {
  id: 'docker-hub-token',
  title: 'Docker Hub access token',
  severity: 'error',
  description:
    'A Docker Hub token can push images under your account: anyone who pulls them runs what was pushed.',
  remediation: rotate('Docker Hub (Account settings › Personal access tokens)'),
  revokeUrl: 'https://app.docker.com/settings/personal-access-tokens',
  envName: 'DOCKER_TOKEN',
  keywords: ['dckr_pat_', 'dckr_oat_'],
  pattern: /(dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [
      `!echo dckr_pat_${fakeToken(27, URL_SAFE)} | docker login -u me --password-stdin`
    ],
    negative: ['dckr_pat_' + 'x'.repeat(27)]
  }
};
