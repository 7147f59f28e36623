/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { mixedCase } from './shared';

/** The alphabet of Entra client secrets: letters, digits, `_`, `~`, `.` and `-`. */
const SECRET_CHARS =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_~.-';

/**
 * Microsoft Entra ID (Azure AD) application client secrets.
 *
 * Notes: secrets issued since 2021 are 40 characters with a version digit and `Q~` at
 * positions 4 to 6 (three characters, a digit, `Q~`, then 34 more), as Microsoft Purview's
 * "Microsoft Entra client secret" definition documents.
 */
export const azureEntraClientSecret: IRule = {
  id: 'azure-entra-client-secret',
  title: 'Microsoft Entra ID client secret',
  severity: 'error',
  description:
    'An Entra ID (Azure AD) client secret signs in as its application: anyone who reads it gets every permission the app registration was granted in your tenant.',
  remediation:
    'Use a managed identity, a certificate or workload identity federation, or read AZURE_CLIENT_SECRET from the hub secret store. If it was shared, delete the secret under the app registration’s "Certificates & secrets" and create a new one.',
  revokeUrl:
    'https://portal.azure.com/#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/RegisteredApps',
  envName: 'AZURE_CLIENT_SECRET',
  keywords: ['q~'],
  pattern:
    /(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: mixedCase,
  samples: {
    positive: [
      `credential = ClientSecretCredential(tenant_id, client_id, "${fakeToken(3, undefined, 'entra1')}8Q~${fakeToken(34, SECRET_CHARS, 'entra2')}")`,
      `AZURE_CLIENT_SECRET=${fakeToken(3, undefined, 'entra3')}7Q~${fakeToken(34, SECRET_CHARS, 'entra4')}`
    ],
    negative: [
      `abc8Q~${'x'.repeat(34)}`,
      `path = "~/data/${fakeToken(3, undefined, 'entra5')}8Q~"`,
      'secrets contain Q~ after the fourth character'
    ]
  }
};
