/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { namedValue } from '../named-value';
import { rotate } from '../shared';

/** Mailgun private API keys (`key-` and 32 hex, or the newer three-part form), by name or host. */
export const mailgunApiKey: IRule = {
  id: 'mailgun-api-key',
  title: 'Mailgun API key',
  severity: 'error',
  description:
    'A Mailgun API key sends mail from your domains (phishing in your name) and reads your logs, lists and stored messages.',
  remediation: rotate('Mailgun (API Security)'),
  revokeUrl: 'https://app.mailgun.com/settings/api_security',
  envName: 'MAILGUN_API_KEY',
  keywords: ['mailgun'],
  ...namedValue({
    vendor: 'mailgun',
    value: 'key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}',
    context: /api(?:\.eu)?\.mailgun\.net/i,
    // The legacy private key's own prefix: wherever Mailgun is named, whatever holds it
    // (`process.env.MAILGUN_API || 'key-…'`).
    call: '(?<![A-Za-z0-9_-])(key-[0-9a-f]{32})(?![0-9a-f])'
  }),
  samples: {
    positive: [
      `api_key = "${fakeToken(32, HEX, 'mg')}-${fakeToken(8, HEX, 'mg2')}-${fakeToken(8, HEX, 'mg3')}"
requests.post("https://api.mailgun.net/v3/lab.org/messages", auth=("api", api_key))`,
      `MAILGUN_API_KEY=key-${fakeToken(32, HEX, 'mg4')}`,
      `api_key = os.environ.get("MAILGUN_API") or "key-${fakeToken(32, HEX, 'mg5')}"`
    ],
    negative: [
      'MAILGUN_API_KEY=key-' + '0'.repeat(32),
      `cache_key = "key-${fakeToken(32, HEX, 'mg6')}"  # no mail service here`
    ]
  }
};
