/**
 * Forms of the table: keys without a prefix recognised by their name or what is printed
 * beside them, and wrapped forms (base64 PEM, escaped JSON, data: URLs).
 */
import { IForm, keyName, pwName, row } from './form';
import { idLike, safeCode, safeLiteral } from './safe-values';

/** The sources of a cell that assigns `variable` and prints it (or shows it last). */
function printed(
  assign: string,
  variable: string
): { stream: string; result: string } {
  return {
    stream: `${assign}\nprint(${variable})`,
    result: `${assign}\n${variable}`
  };
}

export const KEY_FORMS: IForm[] = [
  {
    id: 'service-key',
    title: '32–64 random characters under <SERVICE>_API_KEY/_TOKEN/_SECRET',
    make: v => {
      const key = v.key();
      const name = keyName(v);
      return row(
        'code',
        v.pick([
          `${name} = "${key}"`,
          `client = Client(${name.toLowerCase()}="${key}")`
        ]),
        key,
        {
          env: `%env ${name.toUpperCase()}=${key}`
        }
      );
    },
    negatives: [
      v => row('code', `${keyName(v)} = ${safeCode(v, 'API_KEY')}`),
      v => row('code', `${keyName(v)} = "${safeLiteral(v, 'API_KEY')}"`),
      v => {
        const [name, value] = idLike(v);
        return row('code', `${name} = "${value}"`);
      }
    ]
  },
  {
    id: 'service-key-printed',
    title: 'key printed next to its name',
    make: v => {
      const key = v.key();
      const name = keyName(v);
      return row(
        'log',
        v.pick([
          `${name}: ${key}`,
          `${name}=${key}`,
          `Your ${v.pick(['API key', 'token', 'access token'])}: ${key}`
        ]),
        key
      );
    },
    negatives: [
      v => row('log', `${keyName(v)}: (not set)`),
      v => row('log', `${keyName(v)}: ${'*'.repeat(v.int(8, 32))}`)
    ]
  },
  {
    id: 'printed-alone',
    title: 'value printed alone, read from a credential by its cell',
    make: v => {
      const name = keyName(v);
      const [read, variable, value] = v.pick<[string, string, string]>([
        [
          `${v.pick(['token', 'api_key', 'value', 'k'])} = os.environ["${name.toUpperCase()}"]`,
          '',
          v.key()
        ],
        ['pw = getpass.getpass("Password: ")', 'pw', v.password()],
        [
          'tok = load_token()\nhuggingface_hub.login(token=tok)',
          'tok',
          v.pick([v.key(), v.password()])
        ],
        ['', name.toLowerCase(), v.key()],
        ['', pwName(v), v.password()]
      ]);
      const shown = variable || read.slice(0, read.indexOf(' '));
      const before = read ? `${read}\n` : '';
      return row('log', value, value, {
        printedBy: {
          stream: `${before}print(${shown})`,
          result: `${before}${shown}`
        }
      });
    },
    negatives: [
      // Masked or summarised credentials.
      v =>
        row(
          'log',
          v.pick([`hf_…${v.chars(4)}`, '*'.repeat(v.int(8, 32))]),
          '',
          {
            printedBy: printed(
              `token = os.environ["${keyName(v).toUpperCase()}"]`,
              'token'
            )
          }
        ),
      v =>
        row('log', String(v.int(20, 80)), '', {
          printedBy: {
            stream: 'api_key = os.environ["API_KEY"]\nprint(len(api_key))',
            result: 'api_key = os.environ["API_KEY"]\nlen(api_key)'
          }
        }),
      // Ids and hashes under names that are not credentials.
      v => {
        const [name, value] = idLike(v);
        return row('log', value, '', {
          printedBy: printed(`${name} = fetch()`, name)
        });
      },
      // Prose and paths read from credential-named variables.
      v =>
        row(
          'log',
          v.pick([
            'Token loaded from the environment',
            '/home/jovyan/.config/token.txt'
          ]),
          '',
          { printedBy: printed('token = os.environ["HF_TOKEN"]', 'token') }
        )
    ]
  },
  {
    id: 'pem-base64',
    title: 'base64-wrapped PEM private key',
    make: v => {
      const b64 = v.base64(v.pem() + '\n');
      return row('code', `PRIVATE_KEY_B64 = "${b64}"`, b64);
    },
    negatives: [
      v =>
        row(
          'code',
          `PUBLIC_CERT_B64 = "${v.base64('-----BEGIN CERTIFICATE-----\nMIIC' + v.chars(60) + '\n-----END CERTIFICATE-----\n')}"`
        )
    ]
  },
  {
    id: 'json-escaped',
    title: 'credentials inside json.dumps output and escaped strings',
    make: v => {
      const pw = v.humanPassword();
      const key = v.key();
      const [text, secret] = v.pick([
        [JSON.stringify(JSON.stringify({ user: v.user(), password: pw })), pw],
        [
          `body = json.dumps(${JSON.stringify({ host: v.host(), api_key: key })})`,
          key
        ],
        [
          `payload = "{\\"username\\": \\"${v.user()}\\", \\"password\\": \\"${pw}\\"}"`,
          pw
        ],
        [
          `sa = '{"type": "service_account", "private_key": "${v.pem('\\n')}\\n"}'`,
          ''
        ]
      ]);
      const pem = secret
        ? secret
        : text.slice(text.indexOf('MIIE'), text.indexOf('MIIE') + 40);
      return row('code', text, pem);
    },
    negatives: [
      v =>
        row(
          'code',
          JSON.stringify(
            JSON.stringify({ user: v.user(), password: safeLiteral(v) })
          )
        )
    ]
  },
  {
    id: 'data-url-pem',
    title: 'data: URL holding a PEM',
    make: v => {
      const b64 = v.base64(v.pem() + '\n');
      return row(
        'code',
        `key_url = "data:application/x-pem-file;base64,${b64}"`,
        b64
      );
    },
    negatives: [
      v =>
        row('code', `logo = "data:image/png;base64,iVBORw0KGgo${v.chars(80)}"`)
    ]
  }
];
