/**
 * Forms of the table: credentials recognised by the name they are given, in code, config
 * files and environment lines, and literal defaults of environment lookups.
 */
import { IForm, keyName, pwName, row, secretFor } from './form';
import { idLike, safeCode, safeLiteral } from './safe-values';
import { Values } from './values';

/** YAML needs quotes around a value that starts with `@ % & ! *` or holds `: ` / ` #`. */
function yamlValue(value: string): string {
  return /^[@%&!*]/.test(value) ? `"${value}"` : value;
}

function anyName(v: Values): string {
  return v.random() < 0.6 ? pwName(v) : keyName(v);
}

export const NAME_FORMS: IForm[] = [
  {
    id: 'name-variable',
    title: 'name with a prefix or suffix, as a variable',
    make: v => {
      const name = anyName(v);
      const value = secretFor(v, name);
      const q = v.pick(['"', "'"]);
      return row('code', `${name} = ${q}${value}${q}`, value, {
        env: `%env ${name.toUpperCase()}=${value}`
      });
    },
    negatives: [
      v => row('code', `${pwName(v)} = ${safeCode(v)}`),
      v => row('code', `${pwName(v)} = "${safeLiteral(v)}"`),
      v => row('code', `${pwName(v).toLowerCase()}: str = None`),
      v => {
        const [name, value] = idLike(v);
        return row('code', `${name} = "${value}"`);
      }
    ]
  },
  {
    id: 'name-environ',
    title: 'os.environ[NAME] = literal',
    make: v => {
      const name = anyName(v).toUpperCase();
      const value = secretFor(v, name);
      return row('code', `os.environ["${name}"] = "${value}"`, value, {
        env: `%env ${name}=${value}`
      });
    },
    negatives: [
      v =>
        row(
          'code',
          `os.environ["${pwName(v).toUpperCase()}"] = ${safeCode(v)}`
        ),
      v => {
        const name = pwName(v).toUpperCase();
        return row(
          'code',
          `os.environ["${name}"] = "${safeLiteral(v, name)}"`,
          '',
          {
            env: `%env ${name}=${safeLiteral(v, name)}`
          }
        );
      }
    ]
  },
  {
    id: 'name-bashrc-export',
    title: 'export NAME=… appended to ~/.bashrc',
    make: v => {
      const name = anyName(v).toUpperCase();
      const value = secretFor(v, name);
      return row(
        'shell',
        `echo 'export ${name}="${value}"' >> ~/.bashrc`,
        value
      );
    },
    negatives: [
      v => {
        const name = pwName(v).toUpperCase();
        return row(
          'shell',
          `echo 'export ${name}="$(pass show db/${v.user()})"' >> ~/.bashrc`
        );
      },
      v =>
        row(
          'shell',
          `echo 'export ${keyName(v).toUpperCase()}="<your key>"' >> ~/.bashrc`
        )
    ]
  },
  {
    id: 'name-dict-key',
    title: 'name as a dict key',
    make: v => {
      const name = anyName(v);
      const value = secretFor(v, name);
      return row(
        'code',
        `settings = {"host": "${v.host()}", "${name}": "${value}", "port": 5432}`,
        value
      );
    },
    negatives: [
      v =>
        row(
          'code',
          `settings = {"host": "${v.host()}", "${pwName(v)}": ${safeCode(v)}}`
        ),
      v =>
        row(
          'code',
          `settings = {"${keyName(v)}": "${safeLiteral(v, 'API_KEY')}", "retries": 3}`
        )
    ]
  },
  {
    id: 'name-kwarg',
    title: 'name as a keyword argument',
    make: v => {
      const name = v.pick([
        'password',
        'passwd',
        'api_key',
        'client_secret',
        'token',
        'secret_key'
      ]);
      const value = secretFor(v, name);
      return row(
        'code',
        `client = Client(host="${v.host()}", ${name}="${value}", timeout=30)`,
        value
      );
    },
    negatives: [
      v =>
        row(
          'code',
          `client = Client(host="${v.host()}", password=${safeCode(v)}, timeout=30)`
        ),
      v =>
        row(
          'code',
          'def connect(host: str, user: str, password: str, token: Optional[str] = None):'
        ),
      v => row('code', `client = Client(api_key=api_key, password=password)`)
    ]
  },
  {
    id: 'name-json',
    title: 'name as a JSON key',
    make: v => {
      const name = anyName(v);
      const value = secretFor(v, name);
      return row(
        'config',
        `{\n  "host": "${v.host()}",\n  "${name}": "${value}"\n}`,
        value,
        {
          file: 'config.json'
        }
      );
    },
    negatives: [
      v =>
        row(
          'config',
          `{\n  "host": "${v.host()}",\n  "${pwName(v)}": "${safeLiteral(v)}"\n}`,
          '',
          { file: 'config.json' }
        ),
      v => {
        const [name, value] = idLike(v);
        return row('config', `{"${name}": "${value}", "n": 3}`, '', {
          file: 'meta.json'
        });
      }
    ]
  },
  {
    id: 'name-yaml',
    title: 'name as a YAML key, unquoted',
    make: v => {
      const name = anyName(v);
      const value = secretFor(v, name);
      return row(
        'config',
        `database:\n  host: ${v.host()}\n  ${name}: ${yamlValue(value)}\n  port: 5432`,
        value,
        {
          file: 'config.yaml'
        }
      );
    },
    negatives: [
      v =>
        row(
          'config',
          `database:\n  host: ${v.host()}\n  ${pwName(v)}: "${safeLiteral(v)}"`,
          '',
          { file: 'config.yaml' }
        ),
      v =>
        row('config', `database:\n  ${pwName(v)}: !ENV \${DB_PASSWORD}`, '', {
          file: 'config.yaml'
        })
    ]
  },
  {
    id: 'name-ini',
    title: 'name as an INI key',
    make: v => {
      const name = anyName(v);
      const value = secretFor(v, name);
      return row(
        'config',
        `[database]\nhost = ${v.host()}\n${name} = ${value}`,
        value,
        { file: 'settings.ini' }
      );
    },
    negatives: [
      v =>
        row(
          'config',
          `[database]\nhost = ${v.host()}\n${pwName(v)} = %(DB_PASSWORD)s`,
          '',
          { file: 'settings.ini' }
        )
    ]
  },
  {
    id: 'name-toml',
    title: 'name as a TOML key',
    make: v => {
      const name = anyName(v);
      const value = secretFor(v, name);
      return row(
        'config',
        `[connections.warehouse]\nhost = "${v.host()}"\n${name} = "${value}"`,
        value,
        {
          file: '.streamlit/secrets.toml'
        }
      );
    },
    negatives: [
      v =>
        row(
          'config',
          `[connections.warehouse]\n${pwName(v)} = "${safeLiteral(v)}"`,
          '',
          { file: 'secrets.toml' }
        )
    ]
  },
  {
    id: 'name-dotenv',
    title: 'name in a .env line',
    make: v => {
      const name = anyName(v).toUpperCase();
      const value = secretFor(v, name);
      return row('config', `${name}=${value}`, value, {
        file: '.env',
        env: `%env ${name}=${value}`
      });
    },
    negatives: [
      v => {
        const name = pwName(v).toUpperCase();
        return row('config', `${name}=${safeLiteral(v, name)}`, '', {
          file: '.env'
        });
      },
      v => row('config', `${pwName(v).toUpperCase()}=`, '', { file: '.env' })
    ]
  },
  {
    id: 'env-default',
    title: 'literal default of os.environ.get / os.getenv',
    make: v => {
      const name = anyName(v).toUpperCase();
      const value = secretFor(v, name);
      const call = v.pick(['os.environ.get', 'os.getenv']);
      return row(
        'code',
        `${name.toLowerCase()} = ${call}("${name}", "${value}")`,
        value
      );
    },
    negatives: [
      v => {
        const name = pwName(v).toUpperCase();
        return row(
          'code',
          `pw = os.environ.get("${name}", "${v.pick(['', 'changeme', '<password>', 'None'])}")`
        );
      },
      v => row('code', `host = os.getenv("DB_HOST", "${v.host()}")`)
    ]
  },
  {
    id: 'framework-secret-key',
    title: "Django/Flask SECRET_KEY with Django's full alphabet",
    make: v => {
      const value = v.chars(
        50,
        'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)'
      );
      const secret = v.pick(['', 'django-insecure-']) + value;
      return row(
        'code',
        v.pick([
          `SECRET_KEY = '${secret}'`,
          `app.config["SECRET_KEY"] = "${secret}"`,
          `app.secret_key = "${secret}"`
        ]),
        secret
      );
    },
    negatives: [
      v => row('code', `SECRET_KEY = ${safeCode(v, 'DJANGO_SECRET_KEY')}`),
      v => row('code', 'app.secret_key = secrets.token_hex(32)'),
      v => row('code', `SECRET_KEY = "${safeLiteral(v, 'SECRET_KEY')}"`)
    ]
  }
];
