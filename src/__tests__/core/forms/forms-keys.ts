/**
 * Forms of the table: keys without a prefix recognised by their name or what is printed
 * beside them, and wrapped forms (base64 PEM, escaped JSON, data: URLs).
 */
import { IForm, keyName, row } from './form';
import { idLike, safeCode, safeLiteral } from './safe-values';

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
