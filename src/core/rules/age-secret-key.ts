/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { hasBech32Checksum } from '../bech32';
import { fakeAgeSecretKey } from '../fake-credentials';
import { IRule } from '../types';
import { badChecksumRule } from './bad-checksum';

/**
 * age encryption secret keys (`AGE-SECRET-KEY-1` and 58 bech32 characters).
 *
 * Notes: the key is bech32 with a BIP 173 checksum, verified offline.
 */
export const ageSecretKey: IRule = {
  id: 'age-secret-key',
  title: 'age secret key',
  severity: 'error',
  description:
    'An age secret key decrypts every file and secret (SOPS files included) encrypted to its public key.',
  remediation:
    'Keep the key file outside the notebook (~/.config/sops/age/keys.txt, mode 600). If it was shared, generate a new key with age-keygen, re-encrypt the files to it and remove the old recipient.',
  revokeUrl: 'https://github.com/FiloSottile/age#readme',
  envName: 'SOPS_AGE_KEY',
  keywords: ['age-secret-key-1'],
  pattern:
    /(?<![A-Za-z0-9-])(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: hasBech32Checksum,
  samples: {
    positive: [
      `%env SOPS_AGE_KEY=${fakeAgeSecretKey('age')}`,
      `# created: 2024-01-01\n# public key: age1${'q'.repeat(58)}\n${fakeAgeSecretKey('age2')}`
    ],
    negative: ['AGE-SECRET-KEY-1' + 'Q'.repeat(58), 'AGE-SECRET-KEY-1...']
  }
};

/** age-shaped secret keys whose bech32 checksum does not match. */
export const ageSecretKeyBadChecksum: IRule = badChecksumRule(ageSecretKey, {
  name: 'age secret key',
  valid: hasBech32Checksum,
  where: 'your key store (generate a new key with age-keygen)',
  samples: {
    positive: [
      `SOPS_AGE_KEY=${fakeAgeSecretKey('age-bad').slice(0, -1)}${fakeAgeSecretKey('age-bad').endsWith('Q') ? 'P' : 'Q'}`
    ],
    negative: [fakeAgeSecretKey('age-ok')]
  }
});
