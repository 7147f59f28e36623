/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { entropy } from '../../entropy';
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { namedValue } from '../named-value';
import { rotate } from '../shared';

/** NOAA Climate Data Online (CDO) web-service tokens (32 letters). */
export const noaaCdoToken: IRule = {
  id: 'noaa-cdo-token',
  title: 'NOAA Climate Data Online token',
  severity: 'warning',
  description:
    'A NOAA CDO token is tied to your email address; others who use it spend its daily request limit.',
  remediation: rotate('NOAA NCEI (request a new CDO token)'),
  revokeUrl: 'https://www.ncdc.noaa.gov/cdo-web/token',
  envName: 'NOAA_CDO_TOKEN',
  keywords: ['noaa', 'ncdc', 'ncei'],
  priority: 2,
  ...namedValue({
    vendor: 'noaa[_-]?(?:cdo[_-]?)?token|ncdc[_-]?token|cdo[_-]token',
    value: '[A-Za-z]{32}',
    context: /ncdc\.noaa\.gov|ncei\.noaa\.gov/i,
    random: secret =>
      /[a-z]/.test(secret) && /[A-Z]/.test(secret) && entropy(secret) >= 4
  }),
  samples: {
    positive: [
      `headers = {"token": "${fakeToken(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 'noaa')}"}\nrequests.get("https://www.ncdc.noaa.gov/cdo-web/api/v2/data", headers=headers)`
    ],
    negative: [
      'headers = {"token": NOAA_TOKEN}  # www.ncdc.noaa.gov',
      'NOAA_TOKEN = "YourTokenFromTheCdoWebsiteHere"'
    ]
  }
};
