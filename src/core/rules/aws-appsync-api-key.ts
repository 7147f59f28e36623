/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { rotate } from './shared';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** AWS AppSync API keys (`da2-` and 26 lower-case letters and digits). */
export const awsAppsyncApiKey: IRule = {
  id: 'aws-appsync-api-key',
  title: 'AWS AppSync API key',
  severity: 'warning',
  description:
    'An AppSync API key lets anyone call the GraphQL API it belongs to, up to its expiry, with whatever the API allows unauthenticated clients.',
  remediation: rotate('the AppSync console (Settings › API keys)'),
  revokeUrl: 'https://console.aws.amazon.com/appsync/home',
  envName: 'APPSYNC_API_KEY',
  keywords: ['da2-'],
  pattern: /(?<![A-Za-z0-9_-])(da2-[a-z0-9]{26})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [
      `headers = {"x-api-key": "da2-${fakeToken(26, LOWER_ALNUM, 'da2')}"}`
    ],
    negative: [
      'da2-' + 'x'.repeat(26),
      `da2-${fakeToken(26, LOWER_ALNUM, 'da2x')}-extra`
    ]
  }
};
