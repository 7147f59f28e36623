import { fakeToken } from '../../../core';
import { idsIn } from './contexts';

describe('basic-auth-password', () => {
  const pw = fakeToken(12, undefined, 'basic');

  it.each([
    ['requests auth=', `r = requests.get(url, auth=("someone", "${pw}"))`, 1],
    ['HTTPBasicAuth', `session.auth = HTTPBasicAuth("someone", "${pw}")`, 1],
    ['single quotes', `requests.post(url, auth = ('someone', '${pw}'))`, 1],
    ['variables', 'requests.get(url, auth=(user, password))', 0],
    ['placeholders', "Client(auth=('edl_username','edl_password'))", 0],
    ['getpass', 'auth=("me", getpass())', 0]
  ])('should handle %s', (_reason, text, expected) => {
    expect(idsIn(text).filter(r => r === 'basic-auth-password')).toHaveLength(
      expected
    );
  });
});
