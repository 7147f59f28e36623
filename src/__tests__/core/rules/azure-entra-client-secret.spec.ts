import { fakeToken } from '../../../core';
import { checkCases, describeContexts } from './contexts';

const CHARS =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_~.-';
const secret = (seed: string, version = '8'): string =>
  `${fakeToken(3, undefined, `${seed}a`)}${version}Q~${fakeToken(34, CHARS, `${seed}b`)}`;

describe('azure-entra-client-secret', () => {
  describeContexts(
    'azure-entra-client-secret',
    secret('entra-spec'),
    'AZURE_CLIENT_SECRET'
  );

  checkCases([
    [
      'a secret in a .env file',
      `AZURE_CLIENT_SECRET=${secret('env', '7')}`,
      'azure-entra-client-secret',
      1
    ],
    [
      'a secret one character too long',
      `${secret('long')}abcd`,
      'azure-entra-client-secret',
      0
    ],
    [
      'Q~ without the version digit before it',
      `${fakeToken(4, undefined, 'nd')}Q~${fakeToken(34, CHARS, 'nd2')}`,
      'azure-entra-client-secret',
      0
    ],
    [
      'a home-relative path',
      'open("~/notes/abc8Q~draft.txt")',
      'azure-entra-client-secret',
      0
    ]
  ]);
});
