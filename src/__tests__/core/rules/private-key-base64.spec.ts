import { fakePem } from '../../../core';
import { encodeBase64Url } from '../../../core/base64';
import { idsIn } from './contexts';

describe('private-key-base64', () => {
  const found = (text: string) =>
    idsIn(text).filter(r => r === 'private-key-base64').length;

  it.each([
    ['an RSA key in a string', `key = "${encodeBase64Url(fakePem())}"`, 1],
    [
      'an OpenSSH key in YAML',
      `ssh-privatekey: ${encodeBase64Url(fakePem('OPENSSH '))}`,
      1
    ],
    [
      'a PKCS#8 key in JSON',
      `{"private_key_b64": "${encodeBase64Url(fakePem(''))}"}`,
      1
    ],
    [
      'a certificate',
      `c = "${encodeBase64Url('-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQsw')}"`,
      0
    ],
    [
      'a public key',
      `p = "${encodeBase64Url('-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEabcdefghijklmnop')}"`,
      0
    ],
    [
      'a documentation example',
      `d = "${encodeBase64Url('-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----')}"`,
      0
    ],
    ['the prefix alone', 'LS0tLS1CRUdJTi', 0]
  ])('should handle %s', (_reason, text, expected) => {
    expect(found(text)).toBe(expected);
  });
});
