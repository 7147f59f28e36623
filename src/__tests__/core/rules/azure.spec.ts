import { fakeToken, Scanner } from '../../../core';
import { idsIn } from './contexts';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

describe('azure rules', () => {
  const key = `${fakeToken(86, B64, 'az-key')}==`;
  const sig = `${fakeToken(43, B64, 'az-sig')}%3D`;
  const query = (sp: string) =>
    `st=2024-01-01T00%3A00%3A00Z&se=2024-01-02T00%3A00%3A00Z&sp=${sp}&sv=2021-06-08&sr=c&sig=${sig}`;

  it.each([
    [
      'a connection string',
      `conn = "DefaultEndpointsProtocol=https;AccountName=a;AccountKey=${key};EndpointSuffix=core.windows.net"`,
      'azure-storage-account-key',
      1
    ],
    [
      'adlfs keyword arguments',
      `fs = adlfs.AzureBlobFileSystem(account_name="a", account_key="${key}")`,
      'azure-storage-account-key',
      1
    ],
    [
      'an environment assignment',
      `%env AZURE_STORAGE_KEY=${key}`,
      'azure-storage-account-key',
      1
    ],
    [
      'an .env file',
      `AZURE_STORAGE_CONNECTION_STRING="AccountName=a;AccountKey=${key}"`,
      'azure-storage-account-key',
      1
    ],
    [
      'a bare 88-character value',
      `x = "${key}"`,
      'azure-storage-account-key',
      0
    ],
    [
      'a writable SAS URL',
      `url = "https://a.blob.core.windows.net/c/f.tif?${query('racwdl')}"`,
      'azure-sas-token',
      1
    ],
    [
      'a SAS token in HTML output',
      `<a href="https://a.blob.core.windows.net/c/f.tif?${query('rl').replace(/&/g, '&amp;')}">f</a>`,
      'azure-sas-token',
      1
    ],
    [
      'some other sig= parameter',
      `https://example.org/feed?sig=${sig}`,
      'azure-sas-token',
      0
    ]
  ])('should handle %s', (_reason, text, ruleId, expected) => {
    expect(idsIn(text).filter(r => r === ruleId)).toHaveLength(expected);
  });

  it.each([
    ['read-only and expiring (Planetary Computer)', 'rl', 'info'],
    ['writable', 'racwdl', 'error']
  ])('should rate a %s SAS as %s', (_kind, sp, severity) => {
    const output = {
      output_type: 'execute_result',
      data: {
        'text/plain': `'https://a.blob.core.windows.net/c/f.tif?${query(sp)}'`
      }
    };
    const found = new Scanner().scanOutput(output);
    expect(found.map(f => [f.ruleId, f.severity])).toEqual([
      ['azure-sas-token', severity]
    ]);
  });
});
