/**
 * IoT platforms, Azure data services and two AI providers (issue 13): Ubidots, Blynk,
 * ThingsBoard and Particle tokens; Azure Cosmos DB, AI Search, Container Registry and App
 * Configuration keys; LocationIQ; DeepSeek; Amazon Bedrock. Every value is generated here,
 * at test time.
 */
import { fakeToken, fakeUuid } from '../../../core';
import { encodeBase64Url } from '../../../core/base64';
import { checkCases, describeContexts, idsIn } from './contexts';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URL = ALNUM + '-_';
const B64 = ALNUM + '+/';
const HEX = '0123456789abcdef';
const DIGITS = '0123456789';
const t = (n: number, seed: string, alphabet = ALNUM): string =>
  fakeToken(n, alphabet, seed);

/** Standard, padded base64 of an ASCII string. */
function base64(text: string): string {
  const url = encodeBase64Url(text).replace(/-/g, '+').replace(/_/g, '/');
  return url + '='.repeat((4 - (url.length % 4)) % 4);
}

/** A long-term Bedrock API key of the structure IAM issues. */
const bedrockKey = (seed: string, user = `BedrockAPIKey-${t(4, seed)}`) =>
  `ABSK${base64(`${user}-at-${t(12, `${seed}-acct`, DIGITS)}:${t(59, `${seed}-secret`, B64)}=`)}`;

/** A Cosmos DB account key (86 base64 characters and `==`). */
const cosmosKey = (seed: string) => `${t(86, seed, B64)}==`;

/** Keys in Microsoft's identifiable formats: a signature and a checksum character. */
const searchKey = (seed: string, check = 'B') =>
  `${t(42, seed)}AzSe${check}${t(5, `${seed}-end`)}`;
const acrPassword = (seed: string) =>
  `${t(42, seed, B64)}+ACRA${t(5, `${seed}-end`, B64)}`;
const cosmosIdentifiable = (seed: string) =>
  `${t(76, seed, B64)}ACDb${t(5, `${seed}-end`, B64)}g==`;

describe('IoT, Azure data service, LocationIQ, DeepSeek and Bedrock rules', () => {
  // Self-identifying: a prefix or an embedded signature says what they are.
  describeContexts(
    'aws-bedrock-api-key',
    bedrockKey('bedrock-spec'),
    'AWS_BEARER_TOKEN_BEDROCK'
  );
  describeContexts(
    'ubidots-token',
    `BBUS-${t(30, 'ubi-spec')}`,
    'UBIDOTS_TOKEN'
  );
  describeContexts(
    'azure-ai-search-key',
    searchKey('search-spec'),
    'AZURE_SEARCH_API_KEY'
  );
  describeContexts(
    'azure-container-registry-password',
    acrPassword('acr-spec'),
    'ACR_PASSWORD'
  );
  describeContexts(
    'azure-cosmos-db-key',
    cosmosIdentifiable('cosmos-spec'),
    'COSMOS_KEY'
  );

  checkCases([
    // DeepSeek: `sk-` and 32 hex digits, only where DeepSeek itself is named.
    [
      'a DeepSeek key with the DeepSeek base URL',
      `client = OpenAI(\n    api_key="sk-${t(32, 'ds1', HEX)}",\n    base_url="https://api.deepseek.com/v1",\n)`,
      'deepseek-api-key',
      1
    ],
    [
      'a DeepSeek key in the Authorization header of curl',
      `!curl https://api.deepseek.com/chat/completions -H "Authorization: Bearer sk-${t(32, 'ds2', HEX)}"`,
      'deepseek-api-key',
      1
    ],
    [
      'a DeepSeek key is not also an authorization header or a generic key',
      `!curl https://api.deepseek.com/chat/completions -H "Authorization: Bearer sk-${t(32, 'ds3', HEX)}"`,
      'authorization-header',
      0
    ],
    [
      'a DeepSeek key under a generic name is not a generic key',
      `api_key = "sk-${t(32, 'ds4', HEX)}"  # DEEPSEEK_API_KEY`,
      'generic-api-key',
      0
    ],
    [
      'a DeepSeek model name alone does not make an sk- value a DeepSeek key',
      `llm = ChatOpenAI(model="deepseek-chat", api_key="sk-${t(32, 'ds5', HEX)}", base_url=PROVIDER_URL)`,
      'deepseek-api-key',
      0
    ],
    [
      'an OpenAI project key next to DeepSeek stays an OpenAI key',
      `OPENAI_API_KEY = "sk-proj-${t(74, 'ds6', URL)}T3BlbkFJ${t(74, 'ds7', URL)}"\nDEEPSEEK_API_KEY = os.environ["DEEPSEEK_API_KEY"]`,
      'deepseek-api-key',
      0
    ],
    // LocationIQ
    [
      'a LocationIQ token in the URL query',
      `r = requests.get(f"https://eu1.locationiq.com/v1/reverse?key=pk.${t(32, 'liq1', HEX)}&lat={lat}&lon={lon}&format=json")`,
      'locationiq-access-token',
      1
    ],
    [
      'the placeholder of the LocationIQ documentation',
      "data = {'key': 'YOUR_ACCESS_TOKEN', 'q': 'Empire State Building', 'format': 'json'}  # us1.locationiq.com",
      'locationiq-access-token',
      0
    ],
    // Ubidots
    [
      'an Ubidots token in an Arduino-style constant',
      `const char *UBIDOTS_TOKEN = "BBFF-${t(30, 'ubi1')}";`,
      'ubidots-token',
      1
    ],
    [
      'an Ubidots token in the URL query',
      `requests.get(f"https://industrial.api.ubidots.com/api/v1.6/devices/?token=${t(30, 'ubi2')}")`,
      'ubidots-token',
      1
    ],
    [
      'an unprefixed 30-character value with no Ubidots nearby',
      `token = "${t(30, 'ubi3')}"`,
      'ubidots-token',
      0
    ],
    [
      'a lower-case bbff- word',
      `build = "bbff-${t(30, 'ubi4')}"`,
      'ubidots-token',
      0
    ],
    // Blynk
    [
      'a Blynk token in the legacy HTTP API',
      `requests.get("http://blynk-cloud.com/${t(32, 'bl1', HEX)}/update/V1?value=1")`,
      'blynk-auth-token',
      1
    ],
    [
      'blynklib with the token as an argument',
      `import blynklib\nblynk = blynklib.Blynk("${t(32, 'bl2', URL)}")`,
      'blynk-auth-token',
      1
    ],
    [
      'a char auth[] in a sketch without Blynk',
      `// MQTT broker\nchar auth[] = "${t(32, 'bl3', HEX)}";\n${'//\n'.repeat(10)}`,
      'blynk-auth-token',
      0
    ],
    [
      'a Blynk template id',
      `#define BLYNK_TEMPLATE_ID "TMPL${t(8, 'bl4', URL)}"`,
      'blynk-auth-token',
      0
    ],
    // ThingsBoard
    [
      'a ThingsBoard token in an HTTP URL of a self-hosted server',
      `requests.post(f"http://10.0.0.7:8080/api/v1/${t(20, 'tb1')}/telemetry", json={"temperature": t})`,
      'thingsboard-access-token',
      1
    ],
    [
      'paho-mqtt with ThingsBoard topics',
      `client.username_pw_set("${t(20, 'tb2')}")\nclient.connect("thingsboard.cloud", 1883)\nclient.publish("v1/devices/me/telemetry", json.dumps(data))`,
      'thingsboard-access-token',
      1
    ],
    [
      'a custom token under a generic name next to ThingsBoard',
      `ACCESS_TOKEN = "lab-${t(12, 'tb3')}"\nTHINGSBOARD_HOST = "thingsboard.lab.example.org"`,
      'thingsboard-access-token',
      1
    ],
    [
      'the TbClient of the Python SDK examples',
      `client = tb.TbClient("demo.thingsboard.io", "${t(20, 'tb4')}")`,
      'thingsboard-access-token',
      1
    ],
    [
      'an all-lower-case path segment with no ThingsBoard named',
      `requests.get(f"https://api.example.org/api/v1/${t(20, 'tb5', 'abcdefghijklmnopqrstuvwxyz0123456789')}/attributes")`,
      'thingsboard-access-token',
      0
    ],
    [
      'the ThingsBoard documentation placeholder',
      '!curl -v -X POST http://localhost:8080/api/v1/$ACCESS_TOKEN/telemetry --header Content-Type:application/json',
      'thingsboard-access-token',
      0
    ],
    // Particle
    [
      'a Particle token in the URL query',
      `requests.get(f"https://api.particle.io/v1/devices/{device_id}/temp?access_token=${t(40, 'pa1', HEX)}")`,
      'particle-access-token',
      1
    ],
    [
      'particle cloud login -t',
      `!particle cloud login -t ${t(40, 'pa2', HEX)}`,
      'particle-access-token',
      1
    ],
    [
      'a git commit next to Particle',
      `# deployed to api.particle.io\nGIT_COMMIT = "${t(40, 'pa3', HEX)}"`,
      'particle-access-token',
      0
    ],
    // Cosmos DB
    [
      'a Cosmos DB connection string is not reported as a storage key',
      `conn = "AccountEndpoint=https://lab.documents.azure.com:443/;AccountKey=${cosmosKey('co1')};"`,
      'azure-storage-account-key',
      0
    ],
    [
      'a Cosmos DB key under a storage-like name is a Cosmos key',
      `COSMOS_ACCOUNT_KEY = "${cosmosKey('co2')}"`,
      'azure-cosmos-db-key',
      1
    ],
    [
      'a Cosmos DB MongoDB-API connection string',
      `conn = "AccountEndpoint=https://lab.mongo.cosmos.azure.com:443/;AccountKey=${cosmosKey('co3')}"`,
      'azure-cosmos-db-key',
      1
    ],
    [
      'a JavaScript masterKey next to the endpoint',
      `const client = new CosmosClient({ endpoint: "https://lab.documents.azure.com", key: process.env.KEY });\nconst options = { masterKey: "${cosmosKey('co4')}" };`,
      'azure-cosmos-db-key',
      1
    ],
    [
      'a storage account key stays a storage key',
      `AZURE_STORAGE_KEY = "${cosmosKey('co5')}"  # cosmos simulations archive`,
      'azure-cosmos-db-key',
      0
    ],
    // AI Search
    [
      'an older hex key by its Azure Search name',
      `%env AZURE_AI_SEARCH_API_KEY=${t(32, 'se1', HEX)}`,
      'azure-ai-search-key',
      1
    ],
    [
      'a hex key in an api-key header is not a generic key',
      `headers = {"api-key": "${t(32, 'se2', HEX)}"}  # https://lab.search.windows.net`,
      'generic-api-key',
      0
    ],
    [
      'a key in the identifiable format with another checksum character',
      `key = "${searchKey('se3', 'D')}"`,
      'azure-ai-search-key',
      1
    ],
    [
      'a key in the identifiable format next to its endpoint',
      `endpoint = "https://lab.search.windows.net"\nquery_key = "${searchKey('se5', 'A')}"`,
      'azure-ai-search-key',
      1
    ],
    [
      'an index name under an Azure Search name',
      'AZURE_SEARCH_INDEX = "lab-documents-2024-v2"',
      'azure-ai-search-key',
      0
    ],
    [
      'a hex api-key with no search endpoint nearby',
      `headers = {"api-key": "${t(32, 'se4', HEX)}"}  # azure_search notebook, another service`,
      'azure-ai-search-key',
      0
    ],
    // Container Registry
    [
      'docker login with --password=',
      `!docker login labreg.azurecr.io --username labreg --password=${t(32, 'acr1', B64)}`,
      'azure-container-registry-password',
      1
    ],
    [
      'an ACR docker login is not a generic command-line password',
      `!docker login labreg.azurecr.io -u labreg -p ${t(32, 'acr2', B64)}`,
      'command-line-password',
      0
    ],
    [
      'a docker login password to another registry stays a command-line password',
      `!docker login ghcr.io -u me -p ${t(32, 'acr3', B64)}`,
      'azure-container-registry-password',
      0
    ],
    [
      'a password in the identifiable format in a docker login',
      `!docker login labreg.azurecr.io -u labreg -p ${acrPassword('acr5')}`,
      'azure-container-registry-password',
      1
    ],
    [
      'the az acr credential show output',
      `{\n  "passwords": [\n    {\n      "name": "password2",\n      "value": "${t(32, 'acr4', B64)}"\n    }\n  ]\n}`,
      'azure-container-registry-password',
      1
    ],
    // App Configuration
    [
      'an App Configuration connection string in C#-style code',
      `string cs = "Endpoint=https://lab-config.azconfig.io;Id=${t(4, 'ac1')}-l2-s0:${t(20, 'ac2')};Secret=${t(43, 'ac3', B64)}=";`,
      'azure-app-configuration-connection-string',
      1
    ],
    [
      'an App Configuration endpoint alone',
      'AZURE_APPCONFIGURATION_ENDPOINT = "https://lab-config.azconfig.io"',
      'azure-app-configuration-connection-string',
      0
    ],
    // Bedrock
    [
      'a Bedrock key for an existing IAM user',
      `AWS_BEARER_TOKEN_BEDROCK=${bedrockKey('br1', 'analysis-bot')}`,
      'aws-bedrock-api-key',
      1
    ],
    [
      'a Bedrock key with the account id cut short',
      `AWS_BEARER_TOKEN_BEDROCK=ABSK${base64(`BedrockAPIKey-${t(4, 'br2')}-at-${t(9, 'br3', DIGITS)}:${t(59, 'br4', B64)}=`)}`,
      'aws-bedrock-api-key',
      0
    ],
    [
      'a Bedrock key is not also a generic key',
      `bedrock_api_key = "${bedrockKey('br5')}"`,
      'generic-api-key',
      0
    ]
  ]);

  it('should name each new family once, with no generic finding on top', () => {
    const text = [
      `DEEPSEEK_API_KEY=sk-${t(32, 'all1', HEX)}`,
      `LOCATIONIQ_API_KEY=pk.${t(32, 'all2', HEX)}`,
      `UBIDOTS_TOKEN=BBUS-${t(30, 'all3')}`,
      `BLYNK_AUTH_TOKEN=${t(32, 'all4', URL)}`,
      `THINGSBOARD_ACCESS_TOKEN=${t(20, 'all5')}`,
      `PARTICLE_ACCESS_TOKEN=${t(40, 'all6', HEX)}`,
      `COSMOS_KEY=${cosmosKey('all7')}`,
      `AZURE_SEARCH_API_KEY=${t(32, 'all8', HEX)}`,
      `ACR_PASSWORD=${t(32, 'all9', B64)}`,
      `AZURE_APPCONFIGURATION_CONNECTIONSTRING=Endpoint=https://lab.azconfig.io;Id=${t(4, 'all10')};Secret=${t(43, 'all11', B64)}=`,
      `AWS_BEARER_TOKEN_BEDROCK=${bedrockKey('all12')}`
    ].join('\n');
    expect(idsIn(text)).toEqual([
      'deepseek-api-key',
      'locationiq-access-token',
      'ubidots-token',
      'blynk-auth-token',
      'thingsboard-access-token',
      'particle-access-token',
      'azure-cosmos-db-key',
      'azure-ai-search-key',
      'azure-container-registry-password',
      'azure-app-configuration-connection-string',
      'aws-bedrock-api-key'
    ]);
  });

  it('should not report a Cosmos DB key that the emulator publishes', () => {
    const text = `client = CosmosClient("https://localhost:8081/", credential="${cosmosKey('emulator')}")`;
    expect(idsIn(text)).not.toContain('azure-cosmos-db-key');
  });

  it('should leave a UUID device id next to Particle alone', () => {
    expect(
      idsIn(`PARTICLE_DEVICE = "${fakeUuid('pa-dev')}"  # api.particle.io`)
    ).toEqual([]);
  });
});
