/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { namedValue } from '../named-value';
import { mixedCase, rotate } from '../shared';

/** Vercel access tokens (24 characters) under a Vercel name. */
export const vercelToken: IRule = {
  id: 'vercel-token',
  title: 'Vercel access token',
  severity: 'error',
  description:
    'A Vercel token deploys to and reads the environment variables (with their secrets) of every project in its scope.',
  remediation: rotate('Vercel (Account settings › Tokens)'),
  revokeUrl: 'https://vercel.com/account/tokens',
  envName: 'VERCEL_TOKEN',
  keywords: ['vercel'],
  ...namedValue({
    vendor: 'vercel',
    value: '[A-Za-z0-9]{24}',
    check: mixedCase
  }),
  samples: {
    positive: [`VERCEL_TOKEN=${fakeToken(24, ALNUM, 'vercel')}`],
    negative: [
      'VERCEL_TOKEN=${{ secrets.VERCEL_TOKEN }}',
      'vercel_project = "my-site-2024"'
    ]
  }
};
