/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeUuid } from '../../fake-credentials';
import { fakeToken } from '../../fake-token';
import { IMatchContext, IRule } from '../../types';
import { BASE64URL } from '../alphabets';
import { SEPARATOR } from '../named-value';
import { rotate } from '../shared';

/** Heroku API keys: `HRKU-` tokens, and UUID keys under a Heroku name. */
export const herokuApiKey: IRule = {
  id: 'heroku-api-key',
  title: 'Heroku API key',
  severity: 'error',
  description:
    'A Heroku API key acts as you on Heroku: deploy, scale and read the config vars (with their database URLs and keys) of your apps.',
  remediation: rotate(
    'Heroku (Account settings › API Key, or heroku authorizations:revoke)'
  ),
  revokeUrl: 'https://dashboard.heroku.com/account',
  envName: 'HEROKU_API_KEY',
  keywords: ['hrku-', 'heroku'],
  pattern: new RegExp(
    `(?<![A-Za-z0-9_-])(HRKU-[A-Za-z0-9_-]{40,80})(?![A-Za-z0-9_-])|heroku[A-Za-z0-9_.-]{0,24}${SEPARATOR}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])`,
    'gi'
  ),
  secretGroup: 1,
  minEntropy: 3,
  // A UUID under a Heroku name is a key only if the name says so (not `heroku_app_id`).
  validate: (secret: string, context: IMatchContext): boolean =>
    context.match[1] !== undefined ||
    /key|token|secret|auth|pass/i.test(
      context.match[0].slice(0, context.match[0].length - secret.length)
    ),
  samples: {
    positive: [
      `HEROKU_API_KEY=${fakeUuid('heroku')}`,
      `heroku_token = "HRKU-${fakeToken(60, BASE64URL, 'hrku')}"`
    ],
    negative: [
      `app_id = "${fakeUuid('heroku-app')}"`,
      'HEROKU_API_KEY=$(heroku auth:token)'
    ]
  }
};
