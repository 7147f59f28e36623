/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { rotate } from '../shared';

/** JFrog Artifactory API keys (`AKCp` + 69 letters and digits) and reference tokens (`cmVmdGtu`, base64 of `reftkn`, 64 characters). */
export const jfrogToken: IRule = {
  id: 'jfrog-token',
  title: 'JFrog token',
  severity: 'error',
  description:
    'A JFrog API key or reference token reads and publishes the artifacts, packages and images of the Artifactory repositories its user can reach.',
  remediation: rotate(
    'the JFrog Platform (Edit Profile › API key, or Administration › Identity and access › Access tokens)'
  ),
  revokeUrl:
    'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens',
  envName: 'JFROG_ACCESS_TOKEN',
  keywords: ['akcp', 'cmvmdgtu'],
  pattern:
    /(?<![A-Za-z0-9+/])(AKCp[A-Za-z0-9]{69}|cmVmdGtuOjAxOj[A-Za-z0-9]{50})(?![A-Za-z0-9+/=])/g,
  secretGroup: 1,
  minEntropy: 4,
  samples: {
    positive: [
      `ARTIFACTORY_API_KEY=AKCp${fakeToken(69, ALNUM, 'akcp')}`,
      `JFROG_TOKEN=cmVmdGtuOjAxOj${fakeToken(50, ALNUM, 'ref')}`
    ],
    negative: ['AKCp' + 'x'.repeat(69), 'AKCp' + fakeToken(20, ALNUM, 'short')]
  }
};
