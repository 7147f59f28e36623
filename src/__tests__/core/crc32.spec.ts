import { fakeGithubToken, fakeToken } from '../../core';
import { base62, crc32, hasTokenChecksum } from '../../core/crc32';

describe('#crc32', () => {
  it.each([
    ['', 0],
    ['123456789', 0xcbf43926], // the standard check value
    ['The quick brown fox jumps over the lazy dog', 0x414fa339]
  ])('should give the zlib CRC-32 of %j', (text, value) => {
    expect(crc32(text)).toBe(value);
  });
});

describe('#base62', () => {
  it.each([
    [0, 6, '000000'],
    [61, 2, '0z'],
    [62, 2, '10'],
    [0xffffffff, 6, '4gfFC3']
  ])('should encode %d in %d digits', (value, width, out) => {
    expect(base62(value, width)).toBe(out);
  });
});

describe('#hasTokenChecksum', () => {
  it.each([
    ['a GitHub token', fakeGithubToken('ghp', 'crc'), true],
    ['an npm token', fakeGithubToken('npm', 'crc'), true],
    [
      'random characters of the right shape',
      `npm_${fakeToken(36, undefined, 'crc')}`,
      false
    ],
    [
      'one changed character',
      fakeGithubToken('npm', 'crc').replace(/.$/, c => (c === 'a' ? 'b' : 'a')),
      false
    ]
  ])('should check %s', (_what, token, expected) => {
    expect(hasTokenChecksum(token)).toBe(expected);
  });
});
