/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IMatchContext, IRule, Severity } from '../types';
import { near } from './shared';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const AZURE_CONTEXT = /azure|windows\.net|AccountName|blob|storage/i;

/** A fake 88-character storage account key, made at run time. */
const fakeAccountKey = (): string => `${fakeToken(86, B64)}==`;

/** Azure storage account keys, alone or inside a connection string. */
export const azureStorageAccountKey: IRule = {
  id: 'azure-storage-account-key',
  title: 'Azure storage account key',
  severity: 'error',
  description:
    'A storage account key gives full read, write and delete access to every container in the account, and it does not expire.',
  remediation:
    'Use a managed identity, `DefaultAzureCredential` or a short-lived SAS from the hub secret store (AZURE_STORAGE_CONNECTION_STRING). If the key was shared, rotate it under "Access keys" in the portal.',
  revokeUrl:
    'https://portal.azure.com/#view/HubsExtension/BrowseResource/resourceType/Microsoft.Storage%2FStorageAccounts',
  envName: 'AZURE_STORAGE_KEY',
  keywords: ['accountkey', 'account_key', 'storage_key', 'azure'],
  // Only after a name: a bare 88-character search would run at every position of every
  // base64 blob; `credential=` counts only with Azure nearby.
  pattern:
    /(AccountKey|account_?key|storage_?key|access_?key|credential)\\?["']?\s{0,3}[:=]\s{0,3}[rbu]?\\?["']?([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/gi,
  secretGroup: 2,
  minEntropy: 4.5,
  validate: (_secret, context) =>
    !/^(?:access_?key|credential)$/i.test(context.match[1]) ||
    near(context, AZURE_CONTEXT, 300),
  samples: {
    positive: [
      `conn = "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${fakeAccountKey()};EndpointSuffix=core.windows.net"`,
      `fs = adlfs.AzureBlobFileSystem(account_name="acct", account_key="${fakeAccountKey()}")`
    ],
    negative: ['AccountKey=<your key>', `data = "${fakeAccountKey()}"`]
  }
};

/** Permissions that can change data: write, delete, create, add, update, process… */
const WRITE_PERMISSIONS = /[wdcaupxmeot]/;

/**
 * The severity of a SAS: read-only and expiring (such as the signed URLs the Planetary
 * Computer client prints for public data) is a note; write access is an error.
 */
function sasSeverity(
  _secret: string,
  context: IMatchContext
): Severity | false {
  const from = Math.max(0, context.start - 1000);
  const query = context.text.slice(from, context.end + 400);
  if (!/\b(?:sv|se|sp|sr|spr|skoid)=/.test(query)) {
    return false; // some other `sig=` parameter, not an Azure SAS
  }
  const permissions = /\bsp=([a-z]{1,12})/.exec(query);
  if (permissions && WRITE_PERMISSIONS.test(permissions[1])) {
    return 'error';
  }
  if (permissions && /\bse=/.test(query)) {
    return 'info';
  }
  return 'warning';
}

const sas = (permissions: string): string =>
  `st=2024-01-01T00%3A00%3A00Z&se=2024-01-02T00%3A00%3A00Z&sp=${permissions}&sv=2021-06-08&sr=c&sig=${fakeToken(43, B64)}%3D`;

/** Azure shared access signatures (`sig=` in a SAS URL or token). */
export const azureSasToken: IRule = {
  id: 'azure-sas-token',
  title: 'Azure SAS token',
  severity: 'warning',
  description:
    'A shared access signature grants its permissions on Azure storage to anyone holding the URL until it expires; read-only, short-lived tokens for public data are a low risk.',
  remediation:
    'Request the SAS at run time (for example with `planetary_computer.sign`) instead of pasting it, and clear outputs that print signed URLs before sharing. If a writable SAS was shared, rotate the account key or revoke its stored access policy.',
  envName: 'AZURE_STORAGE_SAS_TOKEN',
  keywords: ['sig='],
  pattern: /[?&;]sig=([A-Za-z0-9%+/=]{30,200})/g,
  secretGroup: 1,
  minEntropy: 3.5,
  validate: sasSeverity,
  samples: {
    positive: [
      `url = "https://acct.blob.core.windows.net/c/f.tif?${sas('racwdl')}"`,
      `https://acct.blob.core.windows.net/c/f.tif?${sas('rl')}`
    ],
    negative: [
      `https://example.org/api?sig=${'x'.repeat(40)}`,
      'sas = "?sv=2021&sp=r&sig=<signature>"'
    ]
  }
};
