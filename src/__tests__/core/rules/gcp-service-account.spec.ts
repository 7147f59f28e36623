import { fakeHex, fakePem } from '../../../core';
import { idsIn, idsInOutput } from './contexts';

describe('gcp-service-account', () => {
  const keyFile = JSON.stringify(
    {
      type: 'service_account',
      project_id: 'proj',
      private_key_id: fakeHex(40, 'gcp'),
      private_key: fakePem('') + '\n',
      client_email: 'robot@proj.iam.gserviceaccount.com'
    },
    null,
    2
  );

  it.each([
    ['a pasted key file', keyFile],
    [
      'a key file written with %%writefile',
      `%%writefile key.json\n${keyFile}\n`
    ],
    [
      'a Python dict',
      `info = {'type': 'service_account', 'private_key_id': '${fakeHex(40, 'd')}'}`
    ],
    ['an escaped JSON string', `creds = json.loads(${JSON.stringify(keyFile)})`]
  ])('should find the key id and the private key in %s', (_where, text) => {
    const ids = idsIn(text);
    expect(ids).toContain('gcp-service-account');
    if (text.includes('PRIVATE KEY')) {
      expect(ids).toContain('private-key');
    }
  });

  it('should find it in a printed dict', () => {
    const output = {
      output_type: 'stream',
      name: 'stdout',
      text: `{'private_key_id': '${fakeHex(40, 'o')}'}`
    };
    expect(idsInOutput(output)).toContain('gcp-service-account');
  });

  it('should not fire on a safe read', () => {
    expect(idsIn('key_id = info["private_key_id"]')).toEqual([]);
  });
});
