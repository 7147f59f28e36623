/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { entropy } from '../../entropy';
import { fakeToken } from '../../fake-token';
import { IMatchContext, IRule } from '../../types';
import { ALNUM, HEX } from '../alphabets';
import { markedNamedValue } from '../named-value';
import { isHex, mixedCase, near } from '../shared';

/**
 * A key in Microsoft's identifiable format: 39 bytes in base64 (52 characters), with the
 * service signature `AzSe` at characters 43 to 46 and a checksum character `A` to `D` after
 * it (microsoft/security-utilities, `AzureSearchIdentifiable{Admin,Query}Key`).
 */
const IDENTIFIABLE = '[A-Za-z0-9+/]{42}AzSe[A-D][A-Za-z0-9+/]{5}';

/** Older keys: 32 hex digits (Microsoft Purview's "Azure Cognitive Search API key"). */
const VALUE = '[0-9A-F]{32}|[A-Za-z0-9+/]{52}';

/** A search service endpoint: `<service>.search.windows.net` (and sovereign clouds). */
const SEARCH_HOST = /\.search\.windows\.net|\.search\.azure\.(?:us|cn)/i;

/** A key in the identifiable format, anywhere: a look-ahead tried at every word start. */
const IDENTIFIABLE_AHEAD = `(?<![A-Za-z0-9+/_-])(?=${IDENTIFIABLE}(?![A-Za-z0-9+/=_-]))`;

/** The ways a key is written without a name before it. */
const CALLS = [
  // `SearchClient(endpoint, index, AzureKeyCredential("…"))`, or one next to an endpoint.
  `AzureKeyCredential\\(\\s{0,3}(?:key\\s{0,3}=\\s{0,3})?["']`,
  IDENTIFIABLE_AHEAD
];

/**
 * The rule's pattern: by name, by the ways above, and in the identifiable format, whose
 * look-ahead runs only where `AzSe` occurs (see `markedNamedValue`).
 */
const marked = markedNamedValue({
  // `AZURE_SEARCH_KEY`, `AZURE_SEARCH_ADMIN_KEY`, `AZURE_AI_SEARCH_API_KEY`…
  vendor: 'azure[_-]?(?:ai[_-]?|cognitive[_-]?)?search',
  value: VALUE,
  after: 'A-Za-z0-9+/=_\\-',
  // Hex keys in either case; base64 ones (which may start with `/`) mix case and digits.
  random: (secret: string) =>
    isHex(secret)
      ? /\d/.test(secret) && /[a-f]/i.test(secret) && entropy(secret) >= 3
      : mixedCase(secret) && entropy(secret) >= 4,
  // The `api-key` header and generic key names next to a search endpoint.
  context: SEARCH_HOST,
  // Not the index, indexer and service names that sit beside the key.
  name: /key|secret|token|cred|auth/i,
  ways: CALLS,
  identifiable: IDENTIFIABLE_AHEAD,
  marker: /AzSe/
});

/** Whether a key found without a Search name is one. */
function byCall(secret: string, context: IMatchContext): boolean {
  if (secret === context.match[0]) {
    // The pattern ignores case; the signature does not.
    return new RegExp(`^${IDENTIFIABLE}$`).test(secret);
  }
  // An AzureKeyCredential serves every Azure AI service: only next to a search endpoint or
  // client is it a Search key.
  return (
    near(context, SEARCH_HOST, 300) ||
    near(context, /Search(?:Index(?:er)?)?Client\(/, 200)
  );
}

/**
 * Azure AI Search (formerly Cognitive Search) admin and query API keys: in the current
 * 52-character format with its `AzSe` signature, anywhere; older 32-hex keys (and
 * 52-character ones) by an Azure Search name, or under a generic key name, an `api-key`
 * header or an `AzureKeyCredential` next to a `search.windows.net` endpoint.
 */
export const azureAiSearchKey: IRule = {
  id: 'azure-ai-search-key',
  title: 'Azure AI Search API key',
  severity: 'error',
  description:
    'An Azure AI Search admin key creates, changes and deletes the indexes, indexers and documents of a search service; a query key reads every document of its indexes.',
  remediation:
    'Use Entra ID (role-based access) or read AZURE_SEARCH_API_KEY from the hub secret store. If a key was shared, regenerate the admin key (Settings › Keys) or delete the query key, after moving clients to the other key.',
  revokeUrl:
    'https://portal.azure.com/#browse/Microsoft.Search%2FsearchServices',
  envName: 'AZURE_SEARCH_API_KEY',
  keywords: [
    'azse',
    'search.windows.net',
    'search.azure.',
    'azure_search',
    'azure-search',
    'azuresearch',
    'azure_ai_search',
    'azure-ai-search',
    'azure_cognitive_search',
    'searchclient',
    'searchindexclient',
    'searchindexerclient'
  ],
  priority: 2,
  ...marked,
  validate: (secret, context) =>
    marked.validate!(secret, context) &&
    (context.match[3] === undefined || byCall(secret, context)),
  samples: {
    positive: [
      `AZURE_SEARCH_ADMIN_KEY = "${fakeToken(32, HEX, 'search')}"`,
      `headers = {"Content-Type": "application/json", "api-key": "${fakeToken(32, HEX, 'search2').toUpperCase()}"}\nurl = "https://lab-search.search.windows.net/indexes/docs/docs?api-version=2024-07-01&search=*"`,
      `client = SearchClient(endpoint, "docs", AzureKeyCredential("${fakeToken(42, ALNUM, 'search3')}AzSeB${fakeToken(5, ALNUM, 'search4')}"))`,
      `search_key = "${fakeToken(42, ALNUM, 'search5')}AzSeD${fakeToken(5, ALNUM, 'search6')}"`
    ],
    negative: [
      `AZURE_SEARCH_INDEX = "${fakeToken(32, HEX, 'search7')}"`,
      // An Azure OpenAI key: the same AzureKeyCredential, another service.
      `client = ChatCompletionsClient("https://lab.openai.azure.com/", AzureKeyCredential("${fakeToken(32, HEX, 'search8')}"))  # azure-search comes later`,
      // The signature in the wrong case, or without its checksum character.
      `blob = "${fakeToken(42, ALNUM, 'search9')}azseB${fakeToken(5, ALNUM, 'search10')}"`,
      `blob = "${fakeToken(42, ALNUM, 'search11')}AzSeZ${fakeToken(5, ALNUM, 'search12')}"`,
      'AZURE_SEARCH_KEY = "<your-search-admin-key>"'
    ]
  }
};
