import { decodeBase64, encodeBase64Url } from '../../core/base64';

describe('#decodeBase64', () => {
  it.each([
    ['eyJhbGciOiJIUzI1NiJ9', '{"alg":"HS256"}'],
    ['dXNlcjpodW50ZXIy', 'user:hunter2'],
    ['YQ==', 'a'],
    ['-_8', '\u00fb\u00ff']
  ])('should decode %j', (input, out) => {
    expect(decodeBase64(input)).toBe(out);
  });

  it('should reject characters outside the alphabet', () => {
    expect(decodeBase64('ab$c')).toBeNull();
  });
});

describe('#encodeBase64Url', () => {
  it('should round-trip through decodeBase64', () => {
    const text = '{"typ":"JWT","alg":"RS256"}';
    expect(decodeBase64(encodeBase64Url(text))).toBe(text);
  });
});
