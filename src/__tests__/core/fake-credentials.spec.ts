import { decodeBase64 } from '../../core/base64';
import { base62, crc32 } from '../../core/crc32';
import {
  fakeAwsKeyId,
  fakeGithubToken,
  fakeJwt,
  fakePem,
  fakeUuid
} from '../../core/fake-credentials';

describe('fake credentials', () => {
  it('should give GitHub tokens a valid checksum', () => {
    const token = fakeGithubToken('ghs', 'fc');
    expect(token).toMatch(/^ghs_[A-Za-z0-9]{36}$/);
    expect(token.slice(-6)).toBe(base62(crc32(token.slice(4, 34)), 6));
  });

  it('should give JWTs a JSON header and payload', () => {
    const [head, body] = fakeJwt({ sub: 'x' }).split('.');
    expect(JSON.parse(decodeBase64(head)!)).toEqual({
      typ: 'JWT',
      alg: 'RS256'
    });
    expect(JSON.parse(decodeBase64(body)!)).toEqual({ sub: 'x' });
  });

  it('should shape AWS ids, UUIDs and PEM blocks', () => {
    expect(fakeAwsKeyId('ASIA')).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(fakeUuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/
    );
    expect(fakePem('EC ')).toMatch(
      /^-----BEGIN EC PRIVATE KEY-----\nMIIE[\s\S]+\n-----END EC PRIVATE KEY-----$/
    );
  });
});
