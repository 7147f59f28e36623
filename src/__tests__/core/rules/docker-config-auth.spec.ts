import { fakeToken } from '../../../core';
import { idsIn } from './contexts';

/** Standard base64 of ASCII text, as docker writes the auth entry. */
const base64 = (text: string) => Buffer.from(text, 'latin1').toString('base64');

describe('docker-config-auth', () => {
  const pw = fakeToken(16, undefined, 'docker-auth');
  const found = (text: string) =>
    idsIn(text).filter(r => r === 'docker-config-auth').length;

  it.each([
    [
      'a config.json',
      `{"auths": {"ghcr.io": {"auth": "${base64(`me:${pw}`)}"}}}`,
      1
    ],
    [
      'written with %%writefile',
      `%%writefile ~/.docker/config.json\n{\n  "auths": {\n    "registry.example.org": {\n      "auth": "${base64(`robot$me:${pw}`)}"\n    }\n  }\n}`,
      1
    ],
    [
      'a placeholder password',
      `{"auths": {"r.example.org": {"auth": "${base64('me:password')}"}}}`,
      0
    ],
    [
      'not a login',
      `{"auths": {"r.example.org": {"auth": "${base64('just some text')}"}}}`,
      0
    ],
    [
      'a credential helper',
      '{"auths": {"r.example.org": {}}, "credsStore": "pass"}',
      0
    ]
  ])('should handle %s', (_reason, text, expected) => {
    expect(found(text)).toBe(expected);
  });
});
