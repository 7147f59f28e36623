/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakePem, fakePemBody } from '../fake-credentials';
import { IRule } from '../types';

/**
 * PEM private keys (PKCS#1/#8, EC, DSA, OpenSSH, encrypted, PGP), also when written as one
 * escaped string (`"-----BEGIN …-----\\nMIIE…"`) or split into quoted source lines.
 *
 * Notes: the secret reported is the start of the key body, after the header and any
 * separators (newlines, escaped `\\n`, quotes, `+`); a header followed by `...` or a
 * placeholder is documentation. A legacy encrypted key starts with its `Proc-Type` line. The body class excludes `-` so a match never runs past
 * the next header, which keeps the scan linear.
 */
export const privateKey: IRule = {
  id: 'private-key',
  title: 'Private key',
  severity: 'error',
  description:
    'A private key lets anyone who copies it log in to servers, sign as you or decrypt your data; it cannot be changed, only replaced.',
  remediation:
    'Keep keys in files outside the notebook (~/.ssh with mode 600, or a path from an environment variable) and load them by path. If the key was shared, revoke it everywhere it is trusted and generate a new one.',
  envName: 'PRIVATE_KEY_PATH',
  keywords: ['private key-----', 'private key block-----'],
  pattern:
    /-----BEGIN ((?:RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY(?: BLOCK)?-----(?:\\{1,2}[nr]|[\s"',+;]){0,40}(Proc-Type: 4,ENCRYPTED|[A-Za-z0-9+/=:,-]{16,100})/g,
  secretGroup: 2,
  minEntropy: 3,
  samples: {
    positive: [
      fakePem('RSA '),
      fakePem('OPENSSH '),
      fakePem('', '\\n'), // one escaped string, as in a JSON key file
      `key = ("-----BEGIN EC PRIVATE KEY-----\\n"\n       "${fakePemBody(2).join('\\n"\n       "')}\\n"\n       "-----END EC PRIVATE KEY-----")`
    ],
    negative: [
      '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----',
      `-----BEGIN PUBLIC KEY-----\n${fakePemBody(3).join('\n')}\n-----END PUBLIC KEY-----`,
      `-----BEGIN CERTIFICATE-----\n${fakePemBody(3).join('\n')}\n-----END CERTIFICATE-----`
    ]
  }
};
