/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { entropy } from '../../entropy';
import { fakeToken } from '../../fake-token';
import { IMatchContext, IRule } from '../../types';
import { markedNamedValue } from '../named-value';
import { BASE64, mixedCase, near } from '../shared';

/** An account key: 64 bytes in base64, so 86 characters and `==`. */
const KEY = '[A-Za-z0-9+/]{86}==';

/**
 * Cosmos DB's endpoints and clients: `<account>.documents.azure.com` (NoSQL),
 * `<account>.<api>.cosmos.azure.com` (Table, MongoDB, Cassandra, Gremlin), `CosmosClient`.
 */
const COSMOS =
  /\.documents\.azure\.(?:com|us|cn)|\.cosmos\.azure\.com|CosmosClient/i;

/** The local emulator, whose well-known key Microsoft publishes: not a secret. */
const EMULATOR =
  /localhost:8081|127\.0\.0\.1:8081|cosmos[_ -]?db[_ -]?emulator/i;

/** The identifiable format's look-ahead: `ACDb` at the key's 77th character. */
const IDENTIFIABLE = `(?<![A-Za-z0-9+/])(?=[A-Za-z0-9+/]{76}ACDb)`;

/** The ways a key is written without a Cosmos name before it. */
const CALLS = [
  // A connection string: the endpoint names the service.
  `AccountEndpoint\\s{0,3}=\\s{0,3}https://[A-Za-z0-9.-]{1,100}\\.(?:documents\\.azure\\.(?:com|us|cn)|cosmos\\.azure\\.com)[^;\\s"'<>]{0,40};\\s{0,3}AccountKey\\s{0,3}=\\s{0,3}`,
  // The Python client with the key as its credential, and the JavaScript `masterKey`.
  `CosmosClient\\(\\s{0,3}(?:url\\s{0,3}=\\s{0,3})?["'][^"'\\n]{1,200}["']\\s{0,3},\\s{0,3}(?:credential\\s{0,3}=\\s{0,3})?["']`,
  `(?<![A-Za-z0-9])(?:masterKey|master_key|primaryMasterKey|primary_master_key)["']?\\s{0,3}[:=]\\s{0,3}["']`,
  // Keys issued in Microsoft's identifiable format carry `ACDb` near their end.
  IDENTIFIABLE
];

/**
 * The rule's pattern: by name, by the ways above, and in the identifiable format, whose
 * look-ahead runs only where `ACDb` occurs (see `markedNamedValue`).
 */
const marked = markedNamedValue({
  // `COSMOS_KEY`, `COSMOS_DB_KEY`, `AZURE_COSMOS_KEY`, `cosmos_primary_key`…
  vendor: '(?:azure[_-]?)?cosmos',
  value: KEY,
  after: 'A-Za-z0-9+/=',
  // Random base64 (which may start with `/`, so not the path check of `randomLooking`).
  random: (secret: string) => mixedCase(secret) && entropy(secret) >= 4.5,
  // Generic secret names (`key`, `api_key`…) next to a Cosmos endpoint or client.
  context: COSMOS,
  ways: CALLS,
  identifiable: IDENTIFIABLE,
  marker: /ACDb/
});

/** Whether a key found without a Cosmos name is one. */
function byCall(secret: string, context: IMatchContext): boolean {
  const whole = context.match[0];
  if (/^(?:AccountEndpoint|CosmosClient)/i.test(whole)) {
    return true; // the endpoint or the client is part of the match
  }
  if (secret === whole) {
    // The identifiable format: the signature and the checksum bits before the padding.
    return secret.slice(76, 80) === 'ACDb' && /[AQgw]==$/.test(secret);
  }
  return near(context, COSMOS, 500); // a master key next to a Cosmos endpoint
}

/** A fake account key, made at run time. */
const fakeKey = (seed: string): string => `${fakeToken(86, BASE64, seed)}==`;

/**
 * Azure Cosmos DB account keys (primary or secondary, read-write or read-only): in an
 * `AccountEndpoint=https://<account>.documents.azure.com…;AccountKey=…` connection string,
 * by a Cosmos name (`COSMOS_KEY`), as the credential of a `CosmosClient`, under a generic
 * key name next to a Cosmos endpoint, or on its own in Microsoft's identifiable format.
 */
export const azureCosmosDbKey: IRule = {
  id: 'azure-cosmos-db-key',
  title: 'Azure Cosmos DB account key',
  severity: 'error',
  description:
    'A Cosmos DB account key gives full access (or full read access, for a read-only key) to every database, container and item of the account, and it does not expire.',
  remediation:
    'Use Entra ID (DefaultAzureCredential with a Cosmos DB data-plane role) or read COSMOS_KEY from the hub secret store. If a key was shared, regenerate it under the account’s “Keys” page, after moving clients to the other key.',
  revokeUrl:
    'https://portal.azure.com/#browse/Microsoft.DocumentDb%2FdatabaseAccounts',
  envName: 'COSMOS_KEY',
  keywords: [
    'cosmos',
    'documents.azure',
    'acdb',
    'masterkey',
    'master_key',
    'primary_master_key'
  ],
  // Above the storage-account rule, which sees the same `AccountKey=` value.
  priority: 2,
  ...marked,
  validate: (secret, context) =>
    marked.validate!(secret, context) &&
    !near(context, EMULATOR, 400) &&
    (context.match[3] === undefined || byCall(secret, context)),
  samples: {
    positive: [
      `conn = "AccountEndpoint=https://lab-cosmos.documents.azure.com:443/;AccountKey=${fakeKey('cosmos')};"`,
      `client = CosmosClient("https://lab-cosmos.documents.azure.com:443/", credential="${fakeKey('cosmos2')}")`,
      `%env COSMOS_KEY=${fakeKey('cosmos3')}`,
      `ENDPOINT = "https://lab-cosmos.documents.azure.com:443/"\nKEY = "${fakeKey('cosmos4')}"`
    ],
    negative: [
      'conn = "AccountEndpoint=https://lab-cosmos.documents.azure.com:443/;AccountKey=<primary key>;"',
      // The emulator's published key is not a secret.
      `COSMOS_ENDPOINT = "https://localhost:8081/"\nCOSMOS_KEY = "${fakeKey('cosmos5')}"`,
      // A storage account key: another rule's.
      `conn = "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${fakeKey('cosmos6')};EndpointSuffix=core.windows.net"`,
      `KEY = "${fakeKey('cosmos7')}"  # a COSMOS survey tile hash`
    ]
  }
};
