import { fakePem, fakePemBody } from '../../../core';
import { idsIn, idsInOutput } from './contexts';

describe('private-key', () => {
  const body = fakePemBody(3);

  it.each([
    ['a pasted RSA key', fakePem('RSA ')],
    ['a PKCS#8 key', fakePem('')],
    ['an EC key', fakePem('EC ')],
    ['a DSA key', fakePem('DSA ')],
    ['an OpenSSH key', fakePem('OPENSSH ')],
    ['an encrypted PKCS#8 key', fakePem('ENCRYPTED ')],
    [
      'a PGP key block',
      `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${body.join('\n')}\n-----END PGP PRIVATE KEY BLOCK-----`
    ],
    [
      'a legacy encrypted key',
      `-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${body[1].slice(0, 32)}\n\n${body.join('\n')}\n-----END RSA PRIVATE KEY-----`
    ],
    ['one escaped string', `KEY = "${fakePem('', '\\n')}"`],
    [
      'a key split into quoted source lines',
      `key = ("-----BEGIN RSA PRIVATE KEY-----\\n"\n       "${body.join('\\n"\n       "')}\\n"\n       "-----END RSA PRIVATE KEY-----\\n")`
    ],
    [
      'a key written with %%writefile',
      `%%writefile ~/.ssh/id_rsa\n${fakePem('OPENSSH ')}\n`
    ],
    [
      'a key appended from a shell line',
      `!echo "${fakePem('RSA ', '\\n')}" > ~/.ssh/id_rsa`
    ],
    ['a key in markdown', `My key:\n\n\`\`\`\n${fakePem('EC ')}\n\`\`\``],
    ['a JSON key file', JSON.stringify({ private_key: fakePem('') + '\n' })]
  ])('should find %s', (_where, text) => {
    expect(idsIn(text)).toContain('private-key');
  });

  it.each([
    [
      'an elided key',
      '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----'
    ],
    [
      'a placeholder',
      '"-----BEGIN PRIVATE KEY-----\\n<YOUR PRIVATE KEY>\\n-----END PRIVATE KEY-----\\n"'
    ],
    [
      'a public key',
      `-----BEGIN PUBLIC KEY-----\n${body.join('\n')}\n-----END PUBLIC KEY-----`
    ],
    [
      'a certificate',
      `-----BEGIN CERTIFICATE-----\n${body.join('\n')}\n-----END CERTIFICATE-----`
    ],
    ['an SSH public key', `ssh-rsa ${body.join('')} me@host`],
    [
      'prose about the header',
      'Keys start with -----BEGIN RSA PRIVATE KEY----- and end with a footer.'
    ]
  ])('should not fire on %s', (_what, text) => {
    expect(idsIn(text)).not.toContain('private-key');
  });

  it('should find a key printed to stdout', () => {
    const output = {
      output_type: 'stream',
      name: 'stdout',
      text: fakePem('RSA ').split(/(?<=\n)/)
    };
    expect(idsInOutput(output)).toContain('private-key');
  });
});
