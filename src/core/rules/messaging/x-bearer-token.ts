/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { near, rotate } from '../shared';

/** X (Twitter) app-only bearer tokens (21 `A`s, then letters, digits and URL escapes), next to a mention of X, Twitter or a bearer header. */
export const xBearerToken: IRule = {
  id: 'x-bearer-token',
  title: 'X (Twitter) bearer token',
  severity: 'error',
  description:
    'An X (Twitter) app-only bearer token reads posts, users and lists with the app’s quota and can be used to get the app suspended.',
  remediation: rotate('the X developer portal (the app’s Keys and tokens)'),
  revokeUrl: 'https://developer.x.com/en/portal/dashboard',
  envName: 'TWITTER_BEARER_TOKEN',
  keywords: ['aaaaaaaaaaaaaaaaaaaaa'],
  pattern: /(?<![A-Za-z0-9%])(A{21}[A-Za-z0-9%]{60,160})(?![A-Za-z0-9%])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  // Runs of A are common in base64 data: only next to X, Twitter or a bearer header.
  validate: (_secret, context) =>
    near(context, /twitter|tweepy|bearer|x\.com|\bX_/i, 200),
  samples: {
    positive: [
      `client = tweepy.Client(bearer_token="${'A'.repeat(21)}${fakeToken(1, 'BCDEFGH', 'xb0')}${fakeToken(18, ALNUM, 'xb1')}%2B${fakeToken(20, ALNUM, 'xb2')}%3D${fakeToken(50, ALNUM, 'xb3')}")`
    ],
    negative: [
      `data = "${'A'.repeat(40)}${fakeToken(80, ALNUM, 'img')}"  # an image`,
      `TWITTER_BEARER_TOKEN = "${'A'.repeat(100)}"`
    ]
  }
};
