/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { decodeBase64 } from '../../base64';
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { BASE64, mixedCase } from '../shared';

/**
 * Azure App Configuration connection strings (access keys):
 * `Endpoint=https://<store>.azconfig.io;Id=<access key id>;Secret=<access key value>`, the
 * value being base64 (the REST API's HMAC authentication decodes it into the signing key).
 */
export const azureAppConfigurationConnectionString: IRule = {
  id: 'azure-app-configuration-connection-string',
  title: 'Azure App Configuration connection string',
  severity: 'error',
  description:
    'An App Configuration connection string reads (or, for a read-write key, changes) every setting and feature flag of the store, which often include connection strings and Key Vault references of other services.',
  remediation:
    'Connect with Entra ID (DefaultAzureCredential and the store’s endpoint) or read AZURE_APPCONFIGURATION_CONNECTIONSTRING from the hub secret store. If it was shared, regenerate the access key under the store’s Access settings.',
  revokeUrl:
    'https://portal.azure.com/#browse/Microsoft.AppConfiguration%2FconfigurationStores',
  envName: 'AZURE_APPCONFIGURATION_CONNECTIONSTRING',
  keywords: ['azconfig'],
  pattern:
    /Endpoint\s{0,2}=\s{0,2}https:\/\/[A-Za-z0-9-]{1,63}\.azconfig\.(?:io|azure\.us|azure\.cn)\/?\s{0,2};\s{0,2}Id\s{0,2}=\s{0,2}[^;\s"'<>]{1,80}\s{0,2};\s{0,2}Secret\s{0,2}=\s{0,2}([A-Za-z0-9+/]{40,100}={0,2})(?![A-Za-z0-9+/=])/gi,
  secretGroup: 1,
  priority: 2,
  minEntropy: 4,
  validate: secret => {
    const bytes = decodeBase64(secret);
    return bytes !== null && bytes.length >= 30 && mixedCase(secret);
  },
  samples: {
    positive: [
      `config = load(connection_string="Endpoint=https://lab-settings.azconfig.io;Id=${fakeToken(4, ALNUM, 'appc')}-l0-s0:${fakeToken(20, ALNUM, 'appc2')};Secret=${fakeToken(43, BASE64, 'appc3')}=")`,
      `%env AZURE_APPCONFIGURATION_CONNECTIONSTRING=Endpoint=https://lab-settings.azconfig.io;Id=${fakeToken(4, ALNUM, 'appc4')};Secret=${fakeToken(43, BASE64, 'appc5')}=`
    ],
    negative: [
      'Endpoint=https://lab-settings.azconfig.io;Id=***;Secret=***',
      'conn = "Endpoint=https://x.azconfig.io;Id=abc;Secret=SHOULD_NOT_APPEAR"',
      `Endpoint=https://lab-settings.azconfig.io;Id=abc123;Secret=${'a'.repeat(40)}==`
    ]
  }
};
