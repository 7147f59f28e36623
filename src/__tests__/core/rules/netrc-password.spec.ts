import { fakeToken } from '../../../core';
import { idsIn } from './contexts';

describe('netrc-password', () => {
  const pw = fakeToken(12, undefined, 'netrc');

  it.each([
    [
      'a shell line',
      `!echo "machine data.example.org login me password ${pw}" >> ~/.netrc`,
      'netrc-password',
      1
    ],
    [
      'a multi-line entry',
      `machine ftp.example.org\n  login me\n  password ${pw}`,
      'netrc-password',
      1
    ],
    [
      'an Earthdata entry (reported by its own rule)',
      `machine urs.earthdata.nasa.gov login me password ${pw}`,
      'netrc-password',
      0
    ],
    [
      'an Earthdata entry',
      `machine urs.earthdata.nasa.gov login me password ${pw}`,
      'earthdata-login',
      1
    ],
    [
      'placeholders',
      'machine {host} login {user} password {password}',
      'netrc-password',
      0
    ],
    ['prose', 'machine learning login password tips', 'netrc-password', 0]
  ])('should handle %s', (_reason, text, ruleId, expected) => {
    expect(idsIn(text).filter(r => r === ruleId)).toHaveLength(expected);
  });
});
