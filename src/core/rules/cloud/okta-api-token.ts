/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM, BASE64URL } from '../alphabets';
import { SEPARATOR } from '../named-value';
import { mixedCase, rotate } from '../shared';

/** Okta API tokens (`00` and 40 characters) after `SSWS` or under an Okta name. */
export const oktaApiToken: IRule = {
  id: 'okta-api-token',
  title: 'Okta API token',
  severity: 'error',
  description:
    'An Okta API token acts with its administrator’s rights on your Okta organisation: users, groups, applications and sign-on policies.',
  remediation: rotate('the Okta Admin Console (Security › API › Tokens)'),
  revokeUrl: 'https://help.okta.com/en-us/content/topics/security/api.htm',
  envName: 'OKTA_API_TOKEN',
  keywords: ['ssws', 'okta'],
  pattern: new RegExp(
    `(?:SSWS[ \\t]{1,3}|okta[A-Za-z0-9_.-]{0,24}${SEPARATOR})(00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])`,
    'gi'
  ),
  secretGroup: 1,
  minEntropy: 4,
  validate: mixedCase,
  samples: {
    positive: [
      `headers = {"Authorization": "SSWS 00${fakeToken(40, BASE64URL, 'okta')}"}`,
      `OKTA_API_TOKEN=00${fakeToken(40, BASE64URL, 'okta2')}`
    ],
    negative: [`okta_client_id = "0oa${fakeToken(17, ALNUM, 'okta3')}"`]
  }
};
