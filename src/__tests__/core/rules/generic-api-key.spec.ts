import { Scanner } from '../../../core';
import { fakeHex, fakeToken, fakeUuid } from '../../../core';
import { idsIn, idsInOutput } from './contexts';

describe('generic-api-key', () => {
  const key = fakeToken(32, undefined, 'generic');
  const hex = fakeHex(32, 'owm');

  it.each([
    ['a named-service constant', `OPENWEATHER_API_KEY = "${hex}"`, 1],
    ['a keyword argument', `client = Client(api_key="${key}")`, 1],
    ['a .env file line', `PLANET_API_KEY=${key}`, 1],
    ['a %env magic', `%env NASA_API_KEY=${key}`, 1],
    ['an !export line', `!export OPENTOPOGRAPHY_API_KEY=${key}`, 1],
    [
      'a YAML config written with %%writefile',
      `%%writefile config.yaml\nservice:\n  api_key: ${key}\n`,
      1
    ],
    ['JSON', `{"client_secret": "${key}", "client_id": "abc"}`, 1],
    [
      'an escaped JSON string',
      JSON.stringify(JSON.stringify({ access_token: key })),
      1
    ],
    [
      'a URL query parameter',
      `url = f"https://api.example.org/v1/data?api_key=${key}&q={q}"`,
      1
    ],
    [
      'a setter call',
      `planetary_computer.settings.set_subscription_key("${hex}")`,
      1
    ],
    [
      'a getter call with a name',
      'key = get_api_key("planetary-computer-key")',
      0
    ],
    ['a safe read', 'api_key = os.environ["OPENWEATHER_API_KEY"]', 0],
    ['getenv', 'api_key = os.getenv("PLANET_API_KEY")', 0],
    [
      'a secret manager',
      'api_key = secrets.get_secret_value(SecretId="planet")["SecretString"]',
      0
    ],
    ['keyring', 'api_key = keyring.get_password("planet", "me")', 0],
    ['a placeholder', 'api_key = "YOUR_API_KEY"', 0],
    ['a template', 'api_key = "{{ api_key }}"', 0],
    ['an environment variable name', 'api_key_env = "PLANET_API_KEY_2"', 0],
    ['an attribute chain', 'token = settings.auth.api_token_v2', 0],
    ['a token URL', 'token_url = "https://auth.example.org/oauth2/token"', 0],
    ['masked output', 'api_key = "abcd************************wxyz"', 0],
    [
      'an idempotency token',
      '"ClientToken": "1234abcd-1234-abcd-1234-d46a8903e9bc"',
      0
    ],
    ['a lock token', '"LockToken": "7f36cb30-74ef-4cff-8cd4-a77e1aba1746"', 0],
    ['a short hex id', '"AWS::AppSync::ApiKey": "3d104ea0be48564b"', 0],
    [
      'a backward cursor',
      '"nextBackwardToken": "b/31961209122358285602261756944988674324553373268216709120"',
      0
    ],
    ['a UUID named as a key', `api_key = "${fakeUuid('uuid-key')}"`, 1],
    [
      'a dask key',
      "key = ('open_dataset-6a1cb5f0d9a5b8e1c2d3e4f5a6b7c8d9', 0, 0)",
      0
    ]
  ])('should handle %s', (_reason, text, expected) => {
    expect(idsIn(text).filter(r => r === 'generic-api-key')).toHaveLength(
      expected
    );
  });

  it('should find a login token printed in an output', () => {
    const output = {
      output_type: 'execute_result',
      data: {
        'text/plain': [
          `{'token_type': 'Bearer',\n`,
          ` 'token': '${fakeToken(86, undefined, 'appeears')}',\n`,
          ` 'expiration': '2023-03-15T15:13:36Z'}`
        ]
      }
    };
    expect(idsInOutput(output)).toContain('generic-api-key');
  });
});

describe('generic-api-key: unquoted values that start like a string prefix', () => {
  const scanner = new Scanner();
  it.each([
    ['b', 'bf'],
    ['r', 'rb'],
    ['u', 'u'],
    ['f', 'fR']
  ])(
    'should report the whole value when it starts with %s',
    (_letter, head) => {
      const value = `${head}${fakeToken(30, undefined, `prefix-${head}`)}`;
      const text = `ACCESS_TOKEN=${value}`;
      const [finding] = scanner
        .scanText(text)
        .filter(f => f.ruleId === 'generic-api-key');
      expect(text.slice(finding.start, finding.end)).toBe(value);
    }
  );

  it('should still skip a quoted string prefix', () => {
    const value = fakeToken(32, undefined, 'quoted');
    const text = `api_key = b"${value}"`;
    const [finding] = scanner.scanText(text);
    expect(text.slice(finding.start, finding.end)).toBe(value);
  });
});
