/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { namedValue } from './named-value';
import { mixedCase } from './shared';

const DESCRIPTION =
  'An Azure DevOps personal access token acts as you in your organisations: with its scopes anyone can read and push code, run pipelines and read their secrets.';
const REMEDIATION =
  'Sign in with Microsoft Entra (az login, a service principal or managed identity), or read AZURE_DEVOPS_EXT_PAT from the hub secret store. If it was shared, revoke it under User settings › Personal access tokens.';
const REVOKE = 'https://aex.dev.azure.com/me?mkt=en-US';
const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * Azure DevOps personal access tokens in the format issued since 2024: 84 characters with
 * the `AZDO` signature at positions 77 to 80.
 */
export const azureDevopsToken: IRule = {
  id: 'azure-devops-token',
  title: 'Azure DevOps personal access token',
  severity: 'error',
  description: DESCRIPTION,
  remediation: REMEDIATION,
  revokeUrl: REVOKE,
  envName: 'AZURE_DEVOPS_EXT_PAT',
  keywords: ['azdo'],
  pattern:
    /(?<![A-Za-z0-9])([A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: mixedCase,
  samples: {
    positive: [
      `AZURE_DEVOPS_EXT_PAT=${fakeToken(76, undefined, 'azdo1')}AZDO${fakeToken(4, undefined, 'azdo2')}`
    ],
    negative: [
      `${'A'.repeat(76)}AZDO${'A'.repeat(4)}`,
      `${fakeToken(75, undefined, 'azdo3')}AZDO${fakeToken(4, undefined, 'azdo4')}` // one character short
    ]
  }
};

/**
 * Azure DevOps personal access tokens in the older format: 52 characters of lower-case
 * base32, recognised by their name (`AZURE_DEVOPS_EXT_PAT`, `ado_pat`) or by
 * dev.azure.com / visualstudio.com nearby.
 */
export const azureDevopsTokenLegacy: IRule = {
  id: 'azure-devops-token-legacy',
  title: 'Azure DevOps personal access token (52-character format)',
  severity: 'error',
  description: DESCRIPTION,
  remediation: REMEDIATION,
  revokeUrl: REVOKE,
  envName: 'AZURE_DEVOPS_EXT_PAT',
  keywords: [
    'devops',
    'ado_',
    'ado-',
    'vsts',
    'visualstudio.com',
    'dev.azure.com',
    'system_accesstoken'
  ],
  ...namedValue({
    vendor: 'azure[_-]?devops|ado[_-]|vsts|system[_-]accesstoken',
    value: '[a-z2-7]{52}',
    context: /dev\.azure\.com|visualstudio\.com|azure[ _-]?devops/i,
    minEntropy: 3.5
  }),
  samples: {
    positive: [
      `AZURE_DEVOPS_EXT_PAT=${fakeToken(52, BASE32_LOWER, 'ado1')}`,
      `org = "https://dev.azure.com/myorg"\npat = "${fakeToken(52, BASE32_LOWER, 'ado2')}"`
    ],
    negative: [
      `pat = "${fakeToken(52, BASE32_LOWER, 'ado3')}"`, // no Azure DevOps nearby
      'AZURE_DEVOPS_EXT_PAT=$(cat ~/.ado-pat)'
    ]
  }
};
