import { fakeJwt, fakeToken } from '../../../core';
import { idsIn } from './contexts';

describe('earthdata-login', () => {
  const pw = fakeToken(14, undefined, 'edl');

  it.each([
    [
      'a shell line appending to .netrc',
      `!echo "machine urs.earthdata.nasa.gov login someone password ${pw}" >> ~/.netrc`,
      1
    ],
    [
      'a .netrc written with %%writefile',
      `%%writefile ~/.netrc\nmachine urs.earthdata.nasa.gov\n    login someone\n    password ${pw}\n`,
      1
    ],
    [
      'a .netrc written from Python',
      `f.write("machine urs.earthdata.nasa.gov login someone password ${pw}\\n")`,
      1
    ],
    ['a %env magic', `%env EARTHDATA_PASSWORD=${pw}`, 1],
    ['an !export line', `!export EARTHDATA_PASSWORD=${pw}`, 1],
    ['os.environ assignment', `os.environ["EARTHDATA_PASSWORD"] = "${pw}"`, 1],
    [
      'a token assignment',
      `EARTHDATA_TOKEN = "${fakeJwt({ uid: 'someone' })}"`,
      1
    ],
    [
      'an f-string netrc line',
      'f.write(f"machine urs.earthdata.nasa.gov login {user} password {pw}")',
      0
    ],
    [
      'a .format netrc line',
      "'machine {} login {} password {}'.format(urs, user, pw)",
      0
    ],
    [
      'the netrc template in markdown',
      'machine urs.earthdata.nasa.gov\n    login your_earthdata_username\n    password your_earthdata_account_password',
      0
    ],
    [
      'a netrc listing with passwords cut off',
      'machine urs.earthdata.nasa.gov login someone password\nmachine uat.urs.earthdata.nasa.gov login someone password',
      0
    ],
    ['getpass', 'os.environ["EARTHDATA_PASSWORD"] = getpass.getpass()', 0],
    ['a variable', 'EARTHDATA_PASSWORD = password', 0]
  ])('should handle %s', (_reason, text, expected) => {
    expect(idsIn(text).filter(r => r === 'earthdata-login')).toHaveLength(
      expected
    );
  });
});
