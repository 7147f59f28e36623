/**
 * Vendors recognised by their context (issue 13): Snyk, Codecov, Algolia, Confluent,
 * Twitch, Vonage, Kraken, KuCoin and Travis CI keys have no prefix of their own; the
 * LaunchDarkly keys have one. Every value is generated here, at test time.
 */
import { fakeToken, fakeUuid } from '../../../core';
import { Case, checkCases, describeContexts, idsIn } from './contexts';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64 = ALNUM + '+/';
const HEX = '0123456789abcdef';
const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const t = (n: number, seed: string, alphabet = ALNUM): string =>
  fakeToken(n, alphabet, seed);

/** The same value in the places a name-recognised key is written. */
function named(ruleId: string, name: string, value: string, count = 1): Case[] {
  return [
    [`${ruleId} in an assignment`, `${name} = "${value}"`, ruleId, count],
    [`${ruleId} in a .env line`, `${name}=${value}`, ruleId, count],
    [`${ruleId} in %env`, `%env ${name}=${value}`, ruleId, count],
    [`${ruleId} in an !export`, `!export ${name}="${value}"`, ruleId, count],
    [
      `${ruleId} in os.environ`,
      `os.environ["${name}"] = "${value}"`,
      ruleId,
      count
    ],
    [
      `${ruleId} in JSON`,
      `{"${name.toLowerCase()}": "${value}", "n": 1}`,
      ruleId,
      count
    ],
    [
      `${ruleId} in YAML`,
      `${name.toLowerCase()}: ${value}\nregion: eu`,
      ruleId,
      count
    ]
  ];
}

describe('vendors recognised by context', () => {
  describeContexts(
    'launchdarkly-key',
    `sdk-${fakeUuid('ld-spec')}`,
    'LAUNCHDARKLY_SDK_KEY'
  );

  checkCases([
    ...named('snyk-api-token', 'SNYK_TOKEN', fakeUuid('snyk-spec')),
    ...named('codecov-token', 'CODECOV_TOKEN', fakeUuid('codecov-spec')),
    ...named('algolia-api-key', 'ALGOLIA_API_KEY', t(32, 'alg-spec', HEX)),
    ...named(
      'confluent-api-secret',
      'CONFLUENT_API_SECRET',
      t(64, 'cf-spec', B64)
    ),
    ...named('twitch-token', 'TWITCH_CLIENT_SECRET', t(30, 'tw-spec', LOWER)),
    ...named('vonage-api-secret', 'VONAGE_API_SECRET', t(16, 'vg-spec')),
    ...named('vonage-api-secret', 'NEXMO_API_SECRET', t(12, 'nx-spec')),
    ...named(
      'kraken-api-secret',
      'KRAKEN_API_SECRET',
      `${t(86, 'kr-spec', B64)}==`
    ),
    ...named('kucoin-api-secret', 'KUCOIN_API_SECRET', fakeUuid('kc-spec')),
    ...named('travis-ci-token', 'TRAVIS_TOKEN', t(22, 'tr-spec')),

    // Vendors' own tools and clients.
    ['snyk auth', `!snyk auth ${fakeUuid('snyk-cli')}`, 'snyk-api-token', 1],
    [
      'snyk config set api=',
      `!snyk config set api=${fakeUuid('snyk-cfg')}`,
      'snyk-api-token',
      1
    ],
    [
      'the Codecov bash uploader',
      `!bash <(curl -s https://codecov.io/bash) -t ${fakeUuid('cc-bash')}`,
      'codecov-token',
      1
    ],
    [
      'an Algolia client',
      `client = SearchClient.create("${t(10, 'alg-app', UPPER)}", "${t(32, 'alg-c', HEX)}")`,
      'algolia-api-key',
      1
    ],
    [
      'an Algolia key under a generic name next to the client',
      `api_key = "${t(32, 'alg-g', HEX)}"\nclient = algoliasearch.Client(app_id, api_key)`,
      'algolia-api-key',
      1
    ],
    [
      'a Twitch chat password',
      `TWITCH_OAUTH = "oauth:${t(30, 'tw-chat', LOWER)}"`,
      'twitch-token',
      1
    ],
    [
      'a Vonage client',
      `client = vonage.Client(key="${t(8, 'vg-k', HEX)}", secret="${t(16, 'vg-c')}")`,
      'vonage-api-secret',
      1
    ],
    [
      'a Kraken client',
      `k = krakenex.API(key="${t(56, 'kr-k', B64)}", secret="${t(86, 'kr-c', B64)}==")`,
      'kraken-api-secret',
      1
    ],
    [
      'a KuCoin client',
      `client = Client(api_key, api_secret="${fakeUuid('kc-c')}", passphrase=pp)  # kucoin`,
      'kucoin-api-secret',
      1
    ],
    [
      'a Travis API header',
      `curl -H "Travis-API-Version: 3" -H "Authorization: token ${t(22, 'tr-h')}" https://api.travis-ci.com/repos`,
      'travis-ci-token',
      1
    ],
    [
      'a LaunchDarkly API token',
      `LD_API_KEY = "api-${fakeUuid('ld-api')}"`,
      'launchdarkly-key',
      1
    ],

    // Look-alikes: ids, hashes, the public halves, placeholders, reads.
    [
      'a Snyk org id',
      `SNYK_ORG = "${fakeUuid('snyk-org')}"`,
      'snyk-api-token',
      0
    ],
    [
      'a UUID with no Snyk name',
      `token = "${fakeUuid('snyk-none')}"`,
      'snyk-api-token',
      0
    ],
    ['a Snyk token read', 'SNYK_TOKEN=$(cat ~/.snyk)', 'snyk-api-token', 0],
    [
      'a Codecov placeholder',
      'CODECOV_TOKEN=<your-codecov-token>',
      'codecov-token',
      0
    ],
    [
      'an Algolia application id',
      `ALGOLIA_APP_ID = "${t(10, 'alg-id', UPPER)}"`,
      'algolia-api-key',
      0
    ],
    [
      'an MD5 under an Algolia name',
      `ALGOLIA_INDEX = "${t(32, 'alg-md5', HEX)}"`,
      'algolia-api-key',
      0
    ],
    [
      'a Confluent API key (the public half)',
      `CONFLUENT_API_KEY = "${t(16, 'cf-pub', UPPER)}"`,
      'confluent-api-secret',
      0
    ],
    [
      'a sasl.password without Confluent',
      `conf = {"bootstrap.servers": "kafka.lab.internal:9092", "sasl.password": "${t(64, 'cf-no', B64)}"}`,
      'confluent-api-secret',
      0
    ],
    [
      'a Twitch client id',
      `TWITCH_CLIENT_ID = "${t(30, 'tw-id', LOWER)}"`,
      'twitch-token',
      0
    ],
    [
      'a Twitch user name',
      'TWITCH_CHANNEL = "scienceclubstream2024"',
      'twitch-token',
      0
    ],
    [
      'a Vonage API key',
      `VONAGE_API_KEY = "${t(8, 'vg-pub', HEX)}"`,
      'vonage-api-secret',
      0
    ],
    [
      'a Vonage secret placeholder',
      'VONAGE_API_SECRET = "YOUR_VONAGE_SECRET"',
      'vonage-api-secret',
      0
    ],
    [
      'a Vonage secret in lower case only (not the documented shape)',
      `VONAGE_API_SECRET = "${t(16, 'vg-low', LOWER)}"`,
      'vonage-api-secret',
      0
    ],
    [
      'a Kraken public key',
      `KRAKEN_API_KEY = "${t(56, 'kr-pub', B64)}"`,
      'kraken-api-secret',
      0
    ],
    [
      'a KuCoin API key',
      `KUCOIN_API_KEY = "${t(24, 'kc-pub', HEX)}"`,
      'kucoin-api-secret',
      0
    ],
    [
      'a KuCoin order id',
      `kucoin_order = "${fakeUuid('kc-order')}"`,
      'kucoin-api-secret',
      0
    ],
    [
      'a Travis build number',
      'TRAVIS_BUILD_NUMBER = "4711"',
      'travis-ci-token',
      0
    ],
    [
      'a Travis commit',
      `TRAVIS_COMMIT = "${t(40, 'tr-sha', HEX)}"`,
      'travis-ci-token',
      0
    ],
    [
      'an api- UUID with no LaunchDarkly nearby',
      `deployment = "api-${fakeUuid('ld-none')}"`,
      'launchdarkly-key',
      0
    ],
    [
      'a LaunchDarkly client-side id',
      `LD_CLIENT_SIDE_ID = "${t(24, 'ld-csid', HEX)}"`,
      'launchdarkly-key',
      0
    ]
  ]);

  it('should report a LaunchDarkly mobile key as a note', () => {
    const text = `LD_MOBILE_KEY = "mob-${fakeUuid('ld-mob')}"`;
    expect(idsIn(text)).toContain('launchdarkly-key');
  });
});
