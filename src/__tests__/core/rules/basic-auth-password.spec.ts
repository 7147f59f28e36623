import { fakeToken } from '../../../core';
import { idsIn } from './contexts';

describe('basic-auth-password', () => {
  const pw = fakeToken(12, undefined, 'basic');

  it.each([
    ['requests auth=', `r = requests.get(url, auth=("someone", "${pw}"))`, 1],
    ['HTTPBasicAuth', `session.auth = HTTPBasicAuth("someone", "${pw}")`, 1],
    ['single quotes', `requests.post(url, auth = ('someone', '${pw}'))`, 1],
    ['an FTP login', `ftp.login("someone", "${pw}")`, 1],
    [
      'SentinelAPI with the hub URL',
      `api = SentinelAPI("someone", "${pw}", "https://apihub.copernicus.eu/apihub")`,
      1
    ],
    ['a login with a variable', 'ftp.login("someone", password)', 0],
    ['a word ending in login', `blogin("someone", "${pw}")`, 0],
    [
      'curl -u on a shell line',
      `!curl -u someone:${pw} -O https://data.example.org/f.nc`,
      1
    ],
    [
      'wget --user',
      `!wget --user=someone:${pw} https://data.example.org/f.nc`,
      1
    ],
    [
      'curl -u on a continuation line',
      `!curl -sS https://data.example.org/f.nc \\\n    -o f.nc \\\n    -u someone:${pw}`,
      1
    ],
    [
      'a %%bash cell with continuations',
      `%%bash\ncurl -L \\\n  --user someone:${pw} \\\n  https://data.example.org/f.nc`,
      1
    ],
    [
      'curl -u on a later command, not a continuation',
      `!curl https://data.example.org/f.nc\n!tool -u someone:x`,
      0
    ],
    [
      'curl -u with a variable',
      '!curl -u $USER:$PASS https://data.example.org',
      0
    ],
    [
      'curl -u without a password',
      '!curl -u someone https://data.example.org',
      0
    ],
    ['variables', 'requests.get(url, auth=(user, password))', 0],
    ['placeholders', "Client(auth=('edl_username','edl_password'))", 0],
    ['getpass', 'auth=("me", getpass())', 0]
  ])('should handle %s', (_reason, text, expected) => {
    expect(idsIn(text).filter(r => r === 'basic-auth-password')).toHaveLength(
      expected
    );
  });
});
