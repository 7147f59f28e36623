/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { SEPARATOR } from '../named-value';
import { ALNUM, BASE64URL } from '../alphabets';
import { mixedCase } from '../shared';

/** HashiCorp Vault service, batch and recovery tokens (`hvs.`, `hvb.`, `hvr.`). */
export const hashicorpVaultToken: IRule = {
  id: 'hashicorp-vault-token',
  title: 'HashiCorp Vault token',
  severity: 'error',
  description:
    'A Vault token reads the secrets its policies allow (database passwords, cloud keys) until it expires or is revoked.',
  remediation:
    'Log in at run time (vault login, an auth method such as OIDC or AppRole) and keep VAULT_TOKEN out of the notebook. If it was shared, revoke it with `vault token revoke`.',
  revokeUrl: 'https://developer.hashicorp.com/vault/docs/commands/token/revoke',
  envName: 'VAULT_TOKEN',
  keywords: ['hvs.', 'hvb.', 'hvr.'],
  pattern:
    /(?<![A-Za-z0-9_.-])(hv[sbr]\.[A-Za-z0-9_-]{24,400})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: mixedCase,
  samples: {
    positive: [
      `client = hvac.Client(url=VAULT_ADDR, token="hvs.${fakeToken(90, ALNUM, 'hvs')}")`,
      `VAULT_TOKEN=hvb.${fakeToken(138, BASE64URL, 'hvb')}`
    ],
    negative: ['hvs.' + 'x'.repeat(30), 'see hvs.example for details']
  }
};

/** Vault tokens in the format before 1.10 (`s.` and 24 characters) under a Vault name. */
export const hashicorpVaultTokenLegacy: IRule = {
  id: 'hashicorp-vault-token-legacy',
  title: 'HashiCorp Vault token (legacy format)',
  severity: 'error',
  description: hashicorpVaultToken.description,
  remediation: hashicorpVaultToken.remediation,
  revokeUrl: hashicorpVaultToken.revokeUrl,
  envName: 'VAULT_TOKEN',
  keywords: ['vault_token', 'x-vault-token', 'vault-token'],
  pattern: new RegExp(
    `(?:vault[_-]token|x-vault-token)${SEPARATOR}(s\\.[A-Za-z0-9]{24})(?![A-Za-z0-9_-])`,
    'gi'
  ),
  secretGroup: 1,
  minEntropy: 3.5,
  validate: secret => mixedCase(secret.slice(2)),
  samples: {
    positive: [
      `%env VAULT_TOKEN=s.${fakeToken(24, ALNUM, 'vault')}`,
      `headers = {"X-Vault-Token": "s.${fakeToken(24, ALNUM, 'vault2')}"}`
    ],
    negative: [
      'VAULT_TOKEN=s.settings',
      `token = "s.${fakeToken(24, ALNUM, 'vault3')}"`
    ]
  }
};
