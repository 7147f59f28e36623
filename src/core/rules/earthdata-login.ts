/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeJwt } from '../fake-credentials';
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { looksLikeCode, passwordPlaceholder } from './shared';

/**
 * NASA Earthdata Login credentials: the password of a `.netrc` entry for
 * urs.earthdata.nasa.gov (written with `!echo … >> ~/.netrc` or `%%writefile`), and
 * EARTHDATA_PASSWORD / EARTHDATA_TOKEN assignments.
 */
export const earthdataLogin: IRule = {
  id: 'earthdata-login',
  title: 'NASA Earthdata Login credential',
  severity: 'error',
  description:
    'Earthdata Login credentials act as you for NASA data archives (downloads are logged against your account) and often reuse a personal password.',
  remediation:
    'Call earthaccess.login(strategy="interactive") or keep ~/.netrc outside the notebook (mode 600), or set EARTHDATA_USERNAME / EARTHDATA_PASSWORD from the hub secret store. If it was shared, change your password (and revoke tokens) at urs.earthdata.nasa.gov.',
  revokeUrl: 'https://urs.earthdata.nasa.gov/profile',
  envName: 'EARTHDATA_PASSWORD',
  keywords: ['urs.earthdata.nasa.gov', 'earthdata_'],
  pattern:
    /machine\s{1,10}urs\.earthdata\.nasa\.gov\s{1,10}login\s{1,10}[^\s"'`]{1,100}\s{1,10}password[ \t]{1,10}([^\s"'`]{1,200})|EARTHDATA_(?:PASSWORD|PASS|TOKEN)\\?["']?\]?(?:\s{0,3}[=:]\s{0,3}|[ \t]{1,3})[rbu]?\\?["']?([^\s"'`,;()]{4,2000})/g,
  secretGroup: 1,
  priority: 1,
  validate: (secret, context) =>
    !looksLikeCode(secret, context) &&
    !passwordPlaceholder(secret) &&
    !/^[A-Za-z]+[.,;:!?]$/.test(secret), // prose: 'EARTHDATA_TOKEN assignments.'
  samples: {
    positive: [
      `!echo "machine urs.earthdata.nasa.gov login someone password ${fakeToken(14)}" >> ~/.netrc`,
      `%%writefile ~/.netrc\nmachine urs.earthdata.nasa.gov\n    login someone\n    password ${fakeToken(12)}\n`,
      `%env EARTHDATA_PASSWORD=${fakeToken(12)}`,
      `os.environ["EARTHDATA_TOKEN"] = "${fakeJwt()}"`
    ],
    negative: [
      'f.write(f"machine urs.earthdata.nasa.gov login {username} password {password}")',
      'os.environ["EARTHDATA_PASSWORD"] = getpass.getpass()',
      'EARTHDATA_PASSWORD = os.getenv("EARTHDATA_PASSWORD")'
    ]
  }
};
