/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { rotate } from '../shared';

/** Mailchimp API keys (32 hex digits, `-us`, the data-centre number). */
export const mailchimpApiKey: IRule = {
  id: 'mailchimp-api-key',
  title: 'Mailchimp API key',
  severity: 'error',
  description:
    'A Mailchimp API key reads and exports your audiences (names and email addresses) and sends campaigns in your name.',
  remediation: rotate('Mailchimp (Profile › Extras › API keys)'),
  revokeUrl: 'https://us1.admin.mailchimp.com/account/api/',
  envName: 'MAILCHIMP_API_KEY',
  keywords: ['-us'],
  // "-us" is common in HTML (`lang="en-us"`); a data-centre number after it is not, and
  // V8 finds a leading literal far faster than it tries the hex run at every position.
  prefilter: /-us\d/,
  pattern: /(?<![A-Za-z0-9_-])([0-9a-f]{32}-us\d{1,2})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 3,
  samples: {
    positive: [
      `client.set_config({"api_key": "${fakeToken(32, HEX, 'mc')}-us21", "server": "us21"})`
    ],
    negative: ['<html lang="en-us">', `${'0'.repeat(32)}-us6`]
  }
};
