/**
 * Forms of the table: human-chosen passwords in the layouts of several languages,
 * tuples, prose and markdown, and printed log lines.
 */
import { IForm, keyName, row } from './form';
import { mention, safeCode, safeLiteral } from './safe-values';
import { Values } from './values';

function spaces(v: Values): string {
  return ' '.repeat(v.int(4, 30));
}

export const LAYOUT_FORMS: IForm[] = [
  {
    id: 'symbol-password',
    title: 'password with #@%&!$ inside, unquoted',
    make: v => {
      const pw = v.humanPassword();
      return row(
        'config',
        `${v.pick(['password', 'db_password', 'PASSWORD'])}: ${/^[@%&!]/.test(pw) ? `'${pw}'` : pw}`,
        pw,
        {
          file: 'config.yaml'
        }
      );
    },
    negatives: [
      v =>
        row(
          'config',
          `password: ${v.pick(['required', 'null', '~', "''", 'Optional.'])}`,
          '',
          { file: 'config.yaml' }
        )
    ]
  },
  {
    id: 'lowercase-word',
    title: 'one lower-case word in a password position',
    make: v => {
      const pw = v.lowerWord();
      return row(
        'code',
        v.pick([
          `password = "${pw}"`,
          `conn = connect(user="${v.user()}", password='${pw}')`,
          `DB_PASSWORD = "${pw}"`
        ]),
        pw
      );
    },
    negatives: [
      () => row('prose', 'Enter your password and press the login button.'),
      v =>
        row(
          'code',
          `password_field = "${v.pick(['password', 'hidden', 'masked'])}"`
        )
    ]
  },
  {
    id: 'aligned',
    title: 'aligned assignments with any whitespace (Python, Ruby)',
    make: v => {
      const pw = v.password();
      return row(
        'code',
        v.pick([
          `HOST${spaces(v)}= "${v.host()}"\nPASSWORD${spaces(v)}= "${pw}"`,
          `config = {\n  :username${spaces(v)}=> '${v.user()}',\n  :password${spaces(v)}=> '${pw}'\n}`,
          `DB_PASS${spaces(v)}: "${pw}"`
        ]),
        pw
      );
    },
    negatives: [v => row('code', `PASSWORD${spaces(v)}= ${safeCode(v)}`)]
  },
  {
    id: 'ruby-php-js',
    title: 'Ruby, PHP and JavaScript syntaxes',
    make: v => {
      const pw = v.password();
      return row(
        'code',
        v.pick([
          `$password = '${pw}';`,
          `define('DB_PASSWORD', '${pw}');`,
          `$config = ['username' => '${v.user()}', 'password' => '${pw}'];`,
          `const password = "${pw}";`,
          `const client = new Client({ user: '${v.user()}', password: '${pw}' });`,
          `ActiveRecord::Base.establish_connection(adapter: 'postgresql', password: '${pw}')`
        ]),
        pw
      );
    },
    negatives: [
      () => row('code', "$password = getenv('DB_PASSWORD');"),
      () => row('code', 'const password = process.env.DB_PASSWORD;'),
      v => row('code', `define('DB_PASSWORD', '${safeLiteral(v)}');`)
    ]
  },
  {
    id: 'auth-tuple',
    title: 'auth=(user, password) tuples',
    make: v => {
      const pw = v.password();
      return row(
        'code',
        v.pick([
          `r = requests.get(url, auth=("${v.user()}", "${pw}"))`,
          `auth = ('${v.user()}', '${pw}')`,
          `session.auth = HTTPBasicAuth("${v.user()}", "${pw}")`
        ]),
        pw
      );
    },
    negatives: [
      v => row('code', `r = requests.get(url, auth=(user, ${safeCode(v)}))`),
      () =>
        row(
          'code',
          'auth = (os.environ["EDL_USER"], os.environ["EDL_PASSWORD"])'
        )
    ]
  },
  {
    id: 'printed-tuple',
    title: "a printed ('user', 'password') tuple",
    make: v => {
      const pw = v.humanPassword();
      const text = `('${v.user()}', '${pw}')`;
      return row('log', text, pw, { repr: text });
    },
    negatives: [
      v => {
        const text = `('${v.pick(['train', 'lat', 'sensor_1', 'x'])}', '${v.pick(['test-2019', 'lon', 'sensor_2', 'y'])}')`;
        return row('log', text, '', { repr: text });
      },
      () =>
        row('log', "('2020-01-01', '2020-12-31')", '', {
          repr: "('2020-01-01', '2020-12-31')"
        })
    ]
  },
  {
    id: 'prose-password',
    title: 'password in prose, lists, tables and backticks',
    make: v => {
      const pw = v.pick([
        v.humanPassword(),
        v.underscorePassword(),
        v.humanPassword()
      ]);
      return row(
        'prose',
        v.pick([
          `My password is ${pw}`,
          `The staging database password is ${pw}, please do not share it.`,
          `- user: ${v.user()}\n- password: ${pw}`,
          `| Field | Value |\n|---|---|\n| User | ${v.user()} |\n| Password | ${pw} |`,
          `Use \`password=${pw}\` when the prompt asks.`,
          `Log in as ${v.user()} with password \`${pw}\`.`,
          `Staging DB (user ${v.user()}, password: ${pw})`
        ]),
        pw
      );
    },
    negatives: [
      v => row('prose', mention(v)),
      () =>
        row('prose', '| Field | Value |\n|---|---|\n| Password | ******** |')
    ]
  },
  {
    id: 'table-column',
    title: 'password or key in the column of a markdown table',
    make: v => {
      const key = v.pick([false, true]);
      const value = key
        ? v.key()
        : v.pick([v.humanPassword(), v.underscorePassword()]);
      const header = key
        ? v.pick(['API key', 'Token', 'Secret key'])
        : v.pick(['Password', 'DB password', 'passwd']);
      return row(
        'prose',
        [
          `| Service | User | ${header} |`,
          v.pick(['|---|---|---|', '| :--- | :--- | :--- |']),
          `| staging | ${v.user()} | ${value} |`
        ].join('\n'),
        value
      );
    },
    negatives: [
      v =>
        row(
          'prose',
          `| Service | User | Password |\n|---|---|---|\n| staging | ${v.user()} | ******** |`
        ),
      v =>
        row(
          'prose',
          `| Setting | Description |\n|---|---|\n| password | ${mention(v)} |`
        )
    ]
  },
  {
    id: 'prose-key',
    title: 'the token/key is … in prose',
    make: v => {
      const key = v.key();
      return row(
        'prose',
        v.pick([
          `The token is ${key}`,
          `My API key is \`${key}\``,
          `- API key: ${key}`,
          `| Token | ${key} |`
        ]),
        key
      );
    },
    negatives: [
      v => row('prose', mention(v)),
      v =>
        row(
          'prose',
          `The API key is \`${'YOUR_' + keyName(v).toUpperCase()}\`.`
        )
    ]
  },
  {
    id: 'log-line',
    title: 'printed log lines: Connecting with password …, Using API key …',
    make: v => {
      const pw = v.humanPassword();
      const key = v.key();
      const [text, secret] = v.pick([
        [`Connecting to ${v.host()} with password ${pw}`, pw],
        [`INFO:root:Using API key ${key}`, key],
        [`Authenticating with token ${key}`, key],
        [
          `DEBUG connect(host='${v.host()}', user='${v.user()}', password='${pw}')`,
          pw
        ]
      ]);
      return row('log', text, secret);
    },
    negatives: [
      v => row('log', `Connecting to ${v.host()} with password ********`),
      () => row('log', 'INFO:root:Using API key from the environment'),
      () => row('log', 'Authenticating with token from ~/.netrc')
    ]
  }
];
