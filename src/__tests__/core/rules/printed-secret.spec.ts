import { fakeToken, fakeUuid, Scanner, seededRandom } from '../../../core';
import { credentialName } from '../../../core/rules/printed-secret';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const scanner = new Scanner();

/** A stream output of `text`. */
const stream = (text: string) => ({
  output_type: 'stream',
  name: 'stdout',
  text: [text]
});

/** An execute_result showing the repr of a string. */
const result = (value: string) => ({
  output_type: 'execute_result',
  execution_count: 2,
  metadata: {},
  data: { 'text/plain': [`'${value}'`] }
});

/** The rule ids reported on the cell's first output, scanned as a notebook. */
function outputIds(source: string, output: unknown): string[] {
  const found = scanner.scanNotebook({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [
      {
        cell_type: 'code',
        execution_count: 2,
        metadata: {},
        source,
        outputs: [output]
      }
    ]
  });
  expect(found.errors).toEqual([]);
  return found.findings
    .filter(f => f.where === 'outputs[0]')
    .map(f => f.ruleId);
}

/** A random key of `n` characters with letters and digits (seeded). */
function key(n: number, seed: string, alphabet = ALNUM): string {
  let k = '';
  for (let i = 0; !/\d/.test(k) || !/[A-Za-z]/.test(k); i++) {
    k = fakeToken(n, alphabet, `${seed}-${i}`);
  }
  return k;
}

/** A password a person would choose: a word, a symbol and digits (seeded). */
function password(seed: string): string {
  const random = seededRandom(seed);
  const word = ['Cedar', 'Harbor', 'Quartz', 'Willow'][
    Math.floor(random() * 4)
  ];
  const sym = '#@%&!$'[Math.floor(random() * 6)];
  return `${word}${sym}${Math.floor(1000 + random() * 9000)}`;
}

/** Sources that read a key from a credential and print it alone. */
const KEY_SOURCES: [string, string][] = [
  ['an environment read', 'token = os.environ["HF_TOKEN"]\nprint(token)'],
  [
    'os.getenv with a default',
    'api_key = os.getenv("OPENWEATHER_API_KEY", "")\nprint(api_key)'
  ],
  [
    'a neutral name from a credential variable',
    'value = os.environ.get("WANDB_API_KEY")\nprint(value)'
  ],
  ['an f-string', 'tok = os.environ["GITHUB_TOKEN"]\nprint(f"{tok}")'],
  [
    'a key passed to login()',
    'k = load_key()\nwandb.login(key=k)\nprint(k)  # check'
  ],
  [
    'a dict entry',
    'creds = json.load(open("creds.json"))\nprint(creds["access_token"])'
  ],
  ['an attribute', 'settings = Settings()\nprint(settings.client_secret)'],
  ['a Colab secret', 'hf = userdata.get("HF_TOKEN")\nprint(hf)'],
  ['the environment read itself', 'print(os.environ["NASA_API_KEY"])'],
  ['an alias', 'my_token = HF_TOKEN\nprint(my_token)']
];

describe('printed-secret', () => {
  describe.each(KEY_SOURCES)('a key printed after %s', (_what, source) => {
    it.each([20, 32, 40, 64, 80])('should find %i characters', n => {
      const value = key(n, `${source}|${n}`);
      expect(outputIds(source, stream(`${value}\n`))).toEqual([
        'printed-secret'
      ]);
    });

    it('should find a hex key and a UUID token', () => {
      for (const value of [key(32, source, HEX), fakeUuid(source)]) {
        expect(outputIds(source, stream(`${value}\n`))).toEqual([
          'printed-secret'
        ]);
      }
    });
  });

  it.each([
    ['api_key'],
    ['OPENAI_API_KEY'],
    ['config["token"]'],
    ['secretKey'],
    ['token = os.environ["HF_TOKEN"]\ntoken']
  ])('should find a key shown as the last line `%s`', source => {
    expect(outputIds(source, result(key(36, source)))).toEqual([
      'printed-secret'
    ]);
  });

  it.each([
    ['getpass', 'pw = getpass.getpass("Password: ")\nprint(pw)'],
    ['getpass imported', 'from getpass import getpass\np = getpass()\np'],
    ['keyring', 'secret = keyring.get_password("hub", "me")\nprint(secret)'],
    ['a password name', 'print(db_password)'],
    [
      'a login call',
      'user = "analyst"\npw = read()\nclient.login(user, pw)\nprint(pw)'
    ],
    [
      'HTTPBasicAuth',
      'p = input()\nr = requests.get(url, auth=HTTPBasicAuth("me", p))\nprint(p)'
    ]
  ])('should find a password printed after %s', (_what, source) => {
    for (let i = 0; i < 5; i++) {
      const value = password(`${source}|${i}`);
      expect(outputIds(source, stream(`${value}\n`))).toEqual([
        'printed-secret'
      ]);
    }
  });

  describe('hard negatives', () => {
    const k = key(40, 'negative');
    it.each([
      // The value is not a credential's.
      ['a masked token', KEY_SOURCES[0][1], 'hf_…abcd'],
      ['stars', KEY_SOURCES[0][1], '****************'],
      ['a masked middle', KEY_SOURCES[0][1], 'hf_abcd...wxyz'],
      ['a short word', 'pw = getpass.getpass()\nprint(pw)', 'hunter'],
      ['prose', KEY_SOURCES[0][1], 'Token read from the environment'],
      [
        'a number',
        'api_key = os.environ["API_KEY"]\nprint(api_key)',
        '1234567890123456789'
      ],
      [
        'a path',
        'token = os.environ["TOKEN_FILE"]\nprint(token)',
        '/home/jovyan/.config/token.txt'
      ],
      [
        'a URL',
        'auth_url = os.environ["AUTH_URL"]\nprint(auth_url)',
        'https://auth.example.org/token'
      ],
      ['True', 'token_ok = login(token=tok)\nprint(token_ok)', 'True'],
      ['a placeholder', KEY_SOURCES[0][1], 'YOUR_HF_TOKEN_HERE'],
      ['a variable name', KEY_SOURCES[0][1], 'HUGGINGFACE_HUB_TOKEN'],
      // The printed variable is not a credential.
      [
        'a UUID run id',
        'run_id = uuid.uuid4()\nprint(run_id)',
        fakeUuid('run')
      ],
      [
        'a commit hash',
        'sha = repo.head.commit.hexsha\nprint(sha)',
        key(40, 'sha', HEX)
      ],
      [
        'a token id',
        'token_id = client.tokens.create().id\nprint(token_id)',
        k
      ],
      [
        'a password hash',
        'password_hash = bcrypt.hash(pw)\nprint(password_hash)',
        k
      ],
      ['a dataset key', 'key = s3_object_key()\nprint(key)', k],
      ['NLP tokens', 'tokens = tokenizer(text)\nprint(tokens)', k],
      [
        'a length',
        'api_key = os.environ["API_KEY"]\nprint(len(api_key))',
        '40'
      ],
      [
        'a checksum',
        'checksum = md5(data)\nprint(checksum)',
        key(32, 'md5', HEX)
      ],
      [
        'an unrelated print',
        'token = os.environ["HF_TOKEN"]\nprint(run_id)',
        k
      ],
      ['no print at all', 'token = os.environ["HF_TOKEN"]\nrun()', k],
      ['an env read of a path', 'p = os.environ["DATA_DIR"]\nprint(p)', k],
      [
        'a print with a label',
        'token = os.environ["HF_TOKEN"]\nprint("loaded", token)',
        'loaded ok'
      ]
    ])('should stay silent on %s', (_what, source, value) => {
      expect(outputIds(source, stream(`${value}\n`))).toEqual([]);
    });

    it('should stay silent on a long output that contains the value', () => {
      const text = `${k}\n` + 'row 1 2 3\n'.repeat(600);
      expect(outputIds(KEY_SOURCES[0][1], stream(text))).toEqual([]);
    });

    it('should stay silent on an output scanned without its source', () => {
      expect(scanner.scanOutput(stream(`${k}\n`))).toEqual([]);
    });

    it('should honour disabledRules', () => {
      const off = new Scanner({ disabledRules: ['printed-secret'] });
      expect(off.scanOutput(stream(`${k}\n`), {}, KEY_SOURCES[0][1])).toEqual(
        []
      );
      expect(off.configErrors).toEqual([]);
    });
  });

  it('should let a vendor rule report a vendor token printed alone', () => {
    const ghp = `ghp_${key(36, 'ghp')}`;
    const ids = outputIds(
      'token = os.environ["GITHUB_TOKEN"]\nprint(token)',
      stream(`${ghp}\n`)
    );
    expect(ids).toHaveLength(1);
    expect(ids[0]).not.toBe('printed-secret');
  });

  it('should stay linear on a long source', () => {
    const line = `x${'a'.repeat(60)} = ${'('.repeat(50)}login(${'b, '.repeat(80)}\n`;
    const time = (n: number) => {
      const source = line.repeat(n) + 'print(api_key)';
      const t0 = performance.now();
      scanner.scanOutput(stream(`${key(40, 'linear')}\n`), {}, source);
      return performance.now() - t0;
    };
    time(100);
    const small = Math.min(time(500), time(500));
    const big = Math.min(time(2000), time(2000));
    expect(big < 20 || big / Math.max(small, 0.05) < 8).toBe(true);
  });

  describe('credentialName', () => {
    it.each([
      ['hf_token', 'key'],
      ['OPENAI_API_KEY', 'key'],
      ['apiKey', 'key'],
      ['client_secret', 'any'],
      ['secret_key', 'any'],
      ['db_password', 'any'],
      ['pwd', 'any'],
      ['token_id', null],
      ['password_hash', null],
      ['tokens', null],
      ['key', null],
      ['sort_key', null],
      ['tokenizer', null],
      ['auth_url', null]
    ])('%s holds %s', (name, holds) => {
      expect(credentialName(name)).toBe(holds);
    });
  });
});
