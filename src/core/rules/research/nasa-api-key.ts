/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { namedValue } from '../named-value';
import { mixedCase, rotate } from '../shared';

/** NASA Open APIs keys (api.nasa.gov, 40 characters). */
export const nasaApiKey: IRule = {
  id: 'nasa-api-key',
  title: 'NASA Open APIs key',
  severity: 'warning',
  description:
    'A NASA API key (api.nasa.gov) is tied to your email address; others who use it spend its rate limit and can get it blocked.',
  remediation: rotate(
    'api.nasa.gov (request a new key; contact NASA to disable the old one)'
  ),
  revokeUrl: 'https://api.nasa.gov/',
  envName: 'NASA_API_KEY',
  keywords: ['api.nasa.gov', 'nasa_api'],
  priority: 2,
  ...namedValue({
    vendor: 'nasa[_-]api[_-]key',
    value: '[A-Za-z0-9]{40}',
    context: /api\.nasa\.gov/i,
    check: mixedCase
  }),
  samples: {
    positive: [
      `requests.get("https://api.nasa.gov/planetary/apod", params={"api_key": "${fakeToken(40, ALNUM, 'nasa')}"})`
    ],
    negative: [
      'requests.get("https://api.nasa.gov/planetary/apod?api_key=DEMO_KEY")'
    ]
  }
};
