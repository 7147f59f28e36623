/**
 * Forms of the table: connection strings of many schemes and the credential files that
 * hold a password by its position (.pgpass, .netrc, .git-credentials, docker, pip, npm).
 */
import { IForm, row } from './form';
import { safeLiteral } from './safe-values';
import { Values } from './values';

const SCHEMES = [
  'postgresql',
  'postgresql+psycopg2',
  'postgis',
  'cockroachdb',
  'mssql+pyodbc',
  'oracle',
  'oracle+oracledb',
  'snowflake',
  'clickhouse',
  'clickhouse+native',
  'mysql+pymysql',
  'mongodb+srv',
  'redis',
  'amqp',
  'trino',
  'hana',
  'db2',
  'exasol',
  'firebird',
  'sybase'
];

function url(v: Values, scheme: string, password: string): string {
  return `${scheme}://${v.user()}:${password}@${v.host()}:${v.int(1000, 9999)}/${v.pick(['obs', 'analytics', 'prod'])}`;
}

export const FILE_FORMS: IForm[] = [
  {
    id: 'connection-url',
    title: 'scheme://user:password@host of any scheme',
    make: v => {
      const pw = v.urlPassword();
      return row(
        'code',
        `engine = create_engine("${url(v, v.pick(SCHEMES), pw)}")`,
        pw
      );
    },
    negatives: [
      v =>
        row(
          'code',
          `engine = create_engine(f"${v.pick(SCHEMES)}://{user}:{password}@${v.host()}/obs")`
        ),
      v =>
        row(
          'code',
          `engine = create_engine("${v.pick(SCHEMES)}://user:password@localhost:5432/db")`
        ),
      v =>
        row(
          'code',
          `engine = create_engine("${v.pick(SCHEMES)}://${v.user()}:\${DB_PASSWORD}@${v.host()}/obs")`
        )
    ]
  },
  {
    id: 'jdbc',
    title: 'jdbc: URLs with password= or user/password@',
    make: v => {
      const pw = v.urlPassword();
      return row(
        'code',
        `jdbc_url = "${v.pick([
          `jdbc:postgresql://${v.host()}:5432/obs?user=${v.user()}&password=${pw}&ssl=true`,
          `jdbc:sqlserver://${v.host()}:1433;databaseName=obs;user=${v.user()};password=${pw};`,
          `jdbc:oracle:thin:${v.user()}/${pw}@${v.host()}:1521:ORCL`,
          `jdbc:mysql://${v.host()}:3306/obs?user=${v.user()}&password=${pw}`
        ])}"`,
        pw
      );
    },
    negatives: [
      v =>
        row(
          'code',
          `jdbc_url = f"jdbc:postgresql://${v.host()}:5432/obs?user={user}&password={password}"`
        ),
      v =>
        row(
          'code',
          `jdbc_url = "jdbc:sqlserver://${v.host()}:1433;databaseName=obs;integratedSecurity=true;"`
        )
    ]
  },
  {
    id: 'odbc',
    title: 'ODBC / ADO.NET Password=…; anywhere, also last',
    make: v => {
      const pw = v.pick([v.humanPassword('#@%&!$'), v.passphrase()]);
      const host = v.host();
      return row(
        'code',
        `conn_str = "${v.pick([
          `Driver={ODBC Driver 18 for SQL Server};Server=tcp:${host},1433;Database=obs;Uid=${v.user()};Pwd=${pw};Encrypt=yes;`,
          `Server=${host};Database=obs;User Id=${v.user()};Password=${pw}`,
          `Server=${host};Database=obs;User Id=${v.user()};Password=${pw};`,
          `Data Source=${host};Initial Catalog=obs;User ID=${v.user()};Password=${pw};TrustServerCertificate=True`
        ])}"`,
        pw
      );
    },
    negatives: [
      v =>
        row(
          'code',
          `conn_str = f"Server=${v.host()};Database=obs;User Id={user};Password={password};"`
        ),
      v =>
        row(
          'code',
          `conn_str = "Server=${v.host()};Database=obs;Trusted_Connection=yes;"`
        )
    ]
  },
  {
    id: 'sqlcipher-uri',
    title: 'sqlite/SQLCipher URI with its key',
    make: v => {
      const pw = v.urlPassword();
      return row(
        'code',
        `engine = create_engine("sqlite+pysqlcipher://:${pw}@/data/obs.db")`,
        pw
      );
    },
    negatives: [
      v => row('code', 'engine = create_engine("sqlite:///data/obs.db")')
    ]
  },
  {
    id: 'pgpass',
    title: '.pgpass host:port:db:user:password',
    make: v => {
      const pw = v.password();
      return row(
        'config',
        `${v.host()}:5432:${v.pick(['obs', '*'])}:${v.user()}:${pw}`,
        pw,
        { file: '.pgpass' }
      );
    },
    negatives: [
      v =>
        row('config', `${v.host()}:5432:*:${v.user()}:*`, '', {
          file: '.pgpass'
        }),
      v =>
        row('config', `started 2024-03-01 12:04:55 on ${v.host()}`, '', {
          file: 'run.log'
        })
    ]
  },
  {
    id: 'my-cnf',
    title: '.my.cnf [client] password',
    make: v => {
      const pw = v.password();
      const value = pw.includes('#') ? `"${pw}"` : pw;
      return row(
        'config',
        `[client]\nuser=${v.user()}\npassword=${value}\nhost=${v.host()}`,
        pw,
        { file: '.my.cnf' }
      );
    },
    negatives: [
      v =>
        row(
          'config',
          `[client]\nuser=${v.user()}\nhost=${v.host()}\npassword`,
          '',
          { file: '.my.cnf' }
        )
    ]
  },
  {
    id: 'netrc',
    title: '.netrc in any layout (one line, many, default)',
    make: v => {
      const pw = v.password();
      const host = v.pick([
        'data.example.org',
        'ftp.uni.edu',
        'api.lab.internal'
      ]);
      return row(
        'config',
        v.pick([
          `machine ${host} login ${v.user()} password ${pw}`,
          `machine ${host}\n  login ${v.user()}\n  password ${pw}`,
          `default login ${v.user()} password ${pw}`,
          `machine ${host} password ${pw} login ${v.user()}`,
          `machine other.org login x password \${PW}\nmachine ${host} login ${v.user()} password ${pw}`
        ]),
        pw,
        { file: '.netrc' }
      );
    },
    negatives: [
      v =>
        row('config', 'machine {host} login {user} password {password}', '', {
          file: '.netrc'
        }),
      v =>
        row('config', `machine ${v.host()} login ${v.user()}`, '', {
          file: '.netrc'
        })
    ]
  },
  {
    id: 'git-credentials',
    title: '.git-credentials https://user:token@host',
    make: v => {
      const token = v.pick([v.key(), v.urlPassword()]);
      return row(
        'config',
        `https://${v.user()}:${token}@${v.pick(['github.com', 'gitlab.example.org', 'git.uni.edu'])}`,
        token,
        {
          file: '.git-credentials'
        }
      );
    },
    negatives: [
      v =>
        row('config', 'https://github.com/org/repo.git', '', {
          file: '.git-credentials'
        })
    ]
  },
  {
    id: 'docker-config',
    title: '.docker/config.json auth',
    make: v => {
      const auth = v.base64(`${v.user()}:${v.password()}`);
      return row(
        'config',
        `{\n  "auths": {\n    "registry.${v.host()}": {\n      "auth": "${auth}"\n    }\n  }\n}`,
        auth,
        {
          file: '.docker/config.json'
        }
      );
    },
    negatives: [
      v =>
        row(
          'config',
          `{\n  "auths": {\n    "registry.${v.host()}": {}\n  },\n  "credsStore": "desktop"\n}`,
          '',
          {
            file: '.docker/config.json'
          }
        )
    ]
  },
  {
    id: 'pip-conf',
    title: 'pip.conf index-url with user:password',
    make: v => {
      const pw = v.urlPassword();
      return row(
        'config',
        `[global]\n${v.pick(['index-url', 'extra-index-url'])} = https://${v.user()}:${pw}@${v.host()}/simple`,
        pw,
        {
          file: '.config/pip/pip.conf'
        }
      );
    },
    negatives: [
      v =>
        row('config', `[global]\nindex-url = https://${v.host()}/simple`, '', {
          file: 'pip.conf'
        })
    ]
  },
  {
    id: 'pypirc',
    title: '.pypirc password',
    make: v => {
      const pw = v.password();
      return row(
        'config',
        `[distutils]\nindex-servers =\n    private\n\n[private]\nrepository = https://${v.host()}/\nusername = ${v.user()}\npassword = ${pw}`,
        pw,
        {
          file: '.pypirc'
        }
      );
    },
    negatives: [
      v =>
        row(
          'config',
          `[private]\nrepository = https://${v.host()}/\nusername = ${v.user()}`,
          '',
          { file: '.pypirc' }
        )
    ]
  },
  {
    id: 'npmrc',
    title: '.npmrc _authToken / _password / _auth',
    make: v => {
      const host = v.host();
      const pick = v.int(0, 2);
      const secret =
        pick === 0
          ? v.key()
          : v.base64(pick === 1 ? v.password() : `${v.user()}:${v.password()}`);
      const key = ['_authToken', '_password', '_auth'][pick];
      return row(
        'config',
        `registry=https://${host}/\n//${host}/:${key}=${secret}`,
        secret,
        { file: '.npmrc' }
      );
    },
    negatives: [
      v =>
        row('config', `//${v.host()}/:_authToken=\${NPM_TOKEN}`, '', {
          file: '.npmrc'
        }),
      v =>
        row('config', `registry=https://${v.host()}/\nalways-auth=true`, '', {
          file: '.npmrc'
        })
    ]
  },
  {
    id: 'documented-example',
    title: '.env line, against documented example values',
    make: v => {
      const pw = v.humanPassword();
      return row('config', `DB_PASSWORD=${pw}`, pw, { file: '.env' });
    },
    negatives: [
      v =>
        row('config', `DB_PASSWORD=${safeLiteral(v)}`, '', {
          file: '.env.example'
        }),
      () =>
        row(
          'code',
          'conn = connect(user="scott", password="tiger")  # the Oracle sample schema'
        ),
      () =>
        row(
          'prose',
          'For example, `postgresql://user:password@localhost/dbname`.'
        )
    ]
  }
];
