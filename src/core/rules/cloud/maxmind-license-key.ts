/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { mixedCase, rotate } from '../shared';

/**
 * MaxMind license keys in the format since March 2023: 40 characters of letters, digits
 * and `_`, a six-character prefix and the `_mmk` suffix (longer keys may come).
 */
export const maxmindLicenseKey: IRule = {
  id: 'maxmind-license-key',
  title: 'MaxMind license key',
  severity: 'error',
  description:
    'A MaxMind license key downloads the GeoIP and GeoLite databases and queries the GeoIP and minFraud web services on your account, spending its paid queries.',
  remediation: rotate(
    'your MaxMind account (Manage License Keys: generate a new key, then deactivate the old one)'
  ),
  revokeUrl: 'https://www.maxmind.com/en/accounts/current/license-key',
  envName: 'MAXMIND_LICENSE_KEY',
  keywords: ['_mmk'],
  pattern:
    /(?<![A-Za-z0-9_])([A-Za-z0-9][A-Za-z0-9_]{35,60}_mmk)(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  priority: 2,
  minEntropy: 3.5,
  validate: secret => mixedCase(secret.slice(0, -4)),
  samples: {
    positive: [
      `!geoipupdate -v  # AccountID 123456\nLicenseKey ${fakeToken(6, ALNUM, 'mm1')}_${fakeToken(29, ALNUM, 'mm2')}_mmk`,
      `reader = geoip2.webservice.Client(123456, "${fakeToken(6, ALNUM, 'mm3')}_${fakeToken(29, ALNUM, 'mm4')}_mmk")`
    ],
    negative: [
      'MAXMIND_LICENSE_KEY=YOUR_LICENSE_KEY_mmk',
      'maxmind_geolite_country_database_path_mmk',
      `LicenseKey ${'x'.repeat(36)}_mmk`
    ]
  }
};
