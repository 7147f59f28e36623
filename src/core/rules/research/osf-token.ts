/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { namedValue } from '../named-value';
import { mixedCase, rotate } from '../shared';

/** OSF (Open Science Framework) personal access tokens (70 characters), by name or next to osf.io. */
export const osfToken: IRule = {
  id: 'osf-token',
  title: 'OSF personal access token',
  severity: 'error',
  description:
    'An OSF token reads and changes your projects, including private ones and their files, with the scopes it was given.',
  remediation: rotate('OSF (Settings › Personal access tokens)'),
  revokeUrl: 'https://osf.io/settings/tokens/',
  envName: 'OSF_TOKEN',
  keywords: ['osf'],
  priority: 2,
  ...namedValue({
    vendor: 'osf',
    value: '[A-Za-z0-9]{70}',
    context: /osf\.io/i,
    check: mixedCase
  }),
  samples: {
    positive: [
      `!osf -p abc12 clone  # OSF_TOKEN=${fakeToken(70, ALNUM, 'osf')}`,
      `%env OSF_TOKEN=${fakeToken(70, ALNUM, 'osf2')}`
    ],
    negative: [
      'osf_project = "abc12"',
      `token = "${fakeToken(70, ALNUM, 'osf3')}"`
    ]
  }
};
