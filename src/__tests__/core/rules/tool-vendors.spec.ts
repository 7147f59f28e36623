/**
 * Services that research notebooks reach for (issue 13): NVIDIA, ngrok, OpenShift, Tavily,
 * Langfuse, Jina AI, Firecrawl, ElevenLabs, MaxMind, Tailscale, Apify and crates.io.
 * Every value is generated here, at test time.
 */
import { fakeToken, fakeUuid } from '../../../core';
import { checkCases, describeContexts, idsIn } from './contexts';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URL = ALNUM + '-_';
const HEX = '0123456789abcdef';
const t = (n: number, seed: string, alphabet = ALNUM): string =>
  fakeToken(n, alphabet, seed);

const ngrokToken = (seed: string): string =>
  `${t(27, `${seed}-id`)}_${t(21, `${seed}-secret`)}`;

describe('tool and notebook service rules', () => {
  describeContexts(
    'nvidia-api-key',
    `nvapi-${t(64, 'nv', URL)}`,
    'NVIDIA_API_KEY'
  );
  describeContexts('tavily-api-key', `tvly-${t(32, 'tv')}`, 'TAVILY_API_KEY');
  describeContexts(
    'tavily-api-key',
    `tvly-prod-${t(32, 'tv2')}`,
    'TAVILY_API_KEY'
  );
  describeContexts(
    'langfuse-secret-key',
    `sk-lf-${fakeUuid('lf-spec')}`,
    'LANGFUSE_SECRET_KEY'
  );
  describeContexts(
    'jina-api-key',
    `jina_${t(32, 'j1', HEX)}${t(28, 'j2')}`,
    'JINA_API_KEY'
  );
  describeContexts(
    'apify-api-token',
    `apify_api_${t(36, 'ap')}`,
    'APIFY_TOKEN'
  );
  describeContexts(
    'tailscale-key',
    `tskey-auth-k${t(10, 'ts1')}CNTRL-${t(33, 'ts2')}`,
    'TS_AUTHKEY'
  );
  describeContexts(
    'tailscale-key',
    `tskey-client-k${t(10, 'ts3')}CNTRL-${t(33, 'ts4')}`,
    'TS_OAUTH_CLIENT_SECRET'
  );
  describeContexts(
    'openshift-user-token',
    `sha256~${t(43, 'ocp', URL)}`,
    'OPENSHIFT_TOKEN'
  );
  describeContexts(
    'maxmind-license-key',
    `${t(6, 'mm1')}_${t(29, 'mm2')}_mmk`,
    'MAXMIND_LICENSE_KEY'
  );

  checkCases([
    // ngrok: the token has no prefix, so the name, the CLI or pyngrok must be there.
    [
      'ngrok authtoken on the CLI',
      `!ngrok authtoken ${ngrokToken('n1')}`,
      'ngrok-authtoken',
      1
    ],
    [
      'ngrok config add-authtoken',
      `!./ngrok config add-authtoken "${ngrokToken('n2')}"`,
      'ngrok-authtoken',
      1
    ],
    [
      'the --authtoken flag',
      `!ngrok http 8888 --authtoken=${ngrokToken('n3')}`,
      'ngrok-authtoken',
      1
    ],
    [
      'pyngrok set_auth_token',
      `from pyngrok import ngrok\nngrok.set_auth_token('${ngrokToken('n4')}')`,
      'ngrok-authtoken',
      1
    ],
    [
      'a PyngrokConfig',
      `from pyngrok import conf, ngrok\ncfg = conf.PyngrokConfig(auth_token="${ngrokToken('n5')}")`,
      'ngrok-authtoken',
      1
    ],
    [
      'the ngrok Python SDK',
      `import ngrok\nlistener = ngrok.forward(8888, authtoken="${ngrokToken('n6')}")`,
      'ngrok-authtoken',
      1
    ],
    [
      'NGROK_AUTHTOKEN in os.environ',
      `os.environ["NGROK_AUTHTOKEN"] = "${ngrokToken('n7')}"`,
      'ngrok-authtoken',
      1
    ],
    [
      'an ngrok token with no ngrok anywhere',
      `auth_token = "${ngrokToken('n8')}"`,
      'ngrok-authtoken',
      0
    ],
    [
      'an ngrok token read from the environment',
      'ngrok.set_auth_token(os.getenv("NGROK_AUTHTOKEN"))',
      'ngrok-authtoken',
      0
    ],
    [
      'an ngrok public URL',
      'print(ngrok.connect(8888).public_url)  # https://1a2b-34-56-78-90.ngrok-free.app',
      'ngrok-authtoken',
      0
    ],
    // OpenShift
    [
      'a token object listing is not a token',
      `!oc get oauthaccesstokens -o name\noauthaccesstoken.oauth.openshift.io/sha256~${t(43, 'ocp2', URL)}`,
      'openshift-user-token',
      0
    ],
    [
      'a sha256 digest in hex',
      `sha256:${t(64, 'ocp3', HEX)}`,
      'openshift-user-token',
      0
    ],
    // Langfuse
    [
      'a Langfuse secret key is not an OpenAI key',
      `LANGFUSE_SECRET_KEY=sk-lf-${fakeUuid('lf-spec2')}`,
      'openai-api-key',
      0
    ],
    [
      'a Langfuse public key is not a secret',
      `LANGFUSE_PUBLIC_KEY = "pk-lf-${fakeUuid('lf-spec3')}"`,
      'langfuse-secret-key',
      0
    ],
    // Jina AI
    [
      'a Jina model name',
      'embeddings = JinaEmbeddings(model_name="jina-embeddings-v3", jina_api_key=os.environ["JINA_API_KEY"])',
      'jina-api-key',
      0
    ],
    // Firecrawl
    [
      'a Firecrawl key in the Authorization header',
      `requests.post("https://api.firecrawl.dev/v1/scrape", headers={"Authorization": "Bearer fc-${t(32, 'fc1', HEX)}"})`,
      'firecrawl-api-key',
      1
    ],
    [
      'an fc- id with no Firecrawl nearby',
      `fc_layer = "fc-${t(32, 'fc2', HEX)}"`,
      'firecrawl-api-key',
      0
    ],
    [
      'a Firecrawl key far from the word Firecrawl',
      `# firecrawl\n${'x = 1\n'.repeat(80)}key = "fc-${t(32, 'fc3', HEX)}"`,
      'firecrawl-api-key',
      0
    ],
    // ElevenLabs
    [
      'an ElevenLabs key under its variable',
      `ELEVENLABS_API_KEY=sk_${t(48, 'xi1', HEX)}`,
      'elevenlabs-api-key',
      1
    ],
    [
      'the xi-api-key header in curl',
      `!curl https://api.elevenlabs.io/v1/voices -H "xi-api-key: sk_${t(48, 'xi2', HEX)}"`,
      'elevenlabs-api-key',
      1
    ],
    [
      'an ElevenLabs key is not a Stripe key',
      `client = ElevenLabs(api_key="sk_${t(48, 'xi3', HEX)}")`,
      'stripe-secret-key',
      0
    ],
    [
      'a Stripe test key near ElevenLabs is not an ElevenLabs key',
      `# elevenlabs demo\nstripe.api_key = "sk_test_${t(48, 'xi4', HEX)}"`,
      'elevenlabs-api-key',
      0
    ],
    // MaxMind
    [
      'a GeoIP.conf LicenseKey',
      `%%writefile GeoIP.conf\nAccountID 123456\nLicenseKey ${t(6, 'mm3')}_${t(29, 'mm4')}_mmk\nEditionIDs GeoLite2-City`,
      'maxmind-license-key',
      1
    ],
    [
      'a legacy 16-character MaxMind key is not in the new format',
      `LicenseKey ${t(16, 'mm5')}`,
      'maxmind-license-key',
      0
    ],
    // Tailscale
    [
      'a Tailscale key id from the API (no secret)',
      `print(key["id"])  # k${t(10, 'ts5')}CNTRL`,
      'tailscale-key',
      0
    ],
    // Apify
    [
      'an Apify token in the URL query',
      `requests.get(f"https://api.apify.com/v2/acts?token=apify_api_${t(36, 'ap2')}")`,
      'apify-api-token',
      1
    ],
    // crates.io
    [
      'a crates.io token in cargo publish',
      `!cargo publish --token cio${t(32, 'cio1')}`,
      'crates-io-api-token',
      1
    ],
    [
      'a crates.io-shaped value with no cargo nearby',
      `session = "cio${t(32, 'cio2')}"`,
      'crates-io-api-token',
      0
    ],
    [
      'an all-lower-case cio word',
      '!cargo build  # ciocapabilitiesandinterfacesmodules',
      'crates-io-api-token',
      0
    ]
  ]);

  it('should name each new family once, with no generic finding on top', () => {
    const text = [
      `NVIDIA_API_KEY=nvapi-${t(64, 'nv2', URL)}`,
      `TAVILY_API_KEY=tvly-${t(32, 'tv3')}`,
      `APIFY_TOKEN=apify_api_${t(36, 'ap3')}`,
      `TS_AUTHKEY=tskey-auth-k${t(10, 'ts6')}CNTRL-${t(33, 'ts7')}`
    ].join('\n');
    expect(idsIn(text)).toEqual([
      'nvidia-api-key',
      'tavily-api-key',
      'apify-api-token',
      'tailscale-key'
    ]);
  });
});
