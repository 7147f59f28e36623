/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { decodeBase64 } from '../base64';
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { randomLooking, URL_SAFE } from './shared';

/**
 * Authorization headers with a literal credential: `Bearer …`, `Basic …`, `token …`.
 *
 * Notes: `f"Bearer {token}"`, `"Bearer " + token` and `$TOKEN` end the match before a
 * value starts, so only pasted values are reported.
 */
export const authorizationHeader: IRule = {
  id: 'authorization-header',
  title: 'Authorization header credential',
  severity: 'error',
  description:
    'An Authorization header value is the credential itself: replaying it gives the same access as the person who made the request.',
  remediation:
    'Build the header from a token read at run time (os.environ or the hub secret store). If the value was shared, revoke the token or change the password it encodes.',
  envName: 'API_TOKEN',
  keywords: ['authorization'],
  pattern:
    /authorization["']?\]?\s{0,3}[:=]\s{0,3}[rbf]?["']?\s{0,2}(bearer|basic|token)\s{1,3}([A-Za-z0-9._~+/=-]{12,4000})/gi,
  secretGroup: 2,
  minEntropy: 3,
  validate: (secret, context) => {
    if (context.match[1].toLowerCase() === 'basic') {
      const decoded = decodeBase64(secret);
      return decoded !== null && decoded.indexOf(':') > 0;
    }
    return randomLooking(secret, 3);
  },
  samples: {
    positive: [
      `headers = {"Authorization": "Bearer ${fakeToken(40, URL_SAFE)}"}`,
      `!curl -H "Authorization: token ${fakeToken(40)}" https://api.example.org`,
      'requests.get(url, headers={"Authorization": "Basic ' +
        'dXNlcjpodW50ZXIy' +
        '"})'
    ],
    negative: [
      'headers = {"Authorization": f"Bearer {token}"}',
      '!curl -H "Authorization: Bearer $TOKEN" https://api.example.org',
      'headers = {"Authorization": "Bearer " + token}'
    ]
  }
};
