/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM, BASE64URL } from '../alphabets';
import { SEPARATOR } from '../named-value';
import { mixedCase, rotate } from '../shared';

/** Netlify personal access tokens (`nfp_`, and 43-character ones under a Netlify name). */
export const netlifyToken: IRule = {
  id: 'netlify-token',
  title: 'Netlify access token',
  severity: 'error',
  description:
    'A Netlify token deploys to and changes the settings and environment variables of every site of its user.',
  remediation: rotate(
    'Netlify (User settings › Applications › Personal access tokens)'
  ),
  revokeUrl: 'https://app.netlify.com/user/applications#personal-access-tokens',
  envName: 'NETLIFY_AUTH_TOKEN',
  keywords: ['nfp_', 'netlify'],
  pattern: new RegExp(
    `(?<![A-Za-z0-9_])(nfp_[A-Za-z0-9]{36})(?![A-Za-z0-9_])|netlify[A-Za-z0-9_.-]{0,24}${SEPARATOR}([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])`,
    'gi'
  ),
  secretGroup: 1,
  minEntropy: 4,
  validate: mixedCase,
  samples: {
    positive: [
      `NETLIFY_AUTH_TOKEN=nfp_${fakeToken(36, ALNUM, 'nfp')}`,
      `netlify_token = "${fakeToken(43, BASE64URL, 'nfp2')}"`
    ],
    negative: ['nfp_' + 'x'.repeat(36)]
  }
};
