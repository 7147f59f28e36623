import { fakeToken } from '../../../core';
import { nameLike, randomLooking } from '../../../core/rules/shared';

describe('#nameLike', () => {
  it.each([
    'clientSecret',
    'V1SecretKeySelector',
    'MY_SERVICE_API_KEY_V2',
    'not_exists_file_1123',
    'OAUTH2-CLIENT-SECRET'
  ])('should read %s as a name', value => {
    expect(nameLike(value)).toBe(true);
  });

  it('should not read random tokens as names', () => {
    for (let i = 0; i < 300; i++) {
      const token = fakeToken(
        24 + (i % 40),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
        `n${i}`
      );
      expect(nameLike(token)).toBe(false);
    }
  });
});

describe('#randomLooking', () => {
  it.each([
    ['a word', 'correcthorsebattery', false],
    ['a path', '/home/jovyan/key.json', false],
    ['a URL', 'https://example.org/token', false],
    ['a random key', fakeToken(32, undefined, 'rl'), true]
  ])('should judge %s', (_what, value, expected) => {
    expect(randomLooking(value)).toBe(expected);
  });
});
