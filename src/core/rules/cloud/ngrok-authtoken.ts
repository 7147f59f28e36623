/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { namedValue } from '../named-value';
import { mixedCase, rotate } from '../shared';

/** An ngrok authtoken or API key: an id, an underscore and a secret, both base62. */
const VALUE = '[A-Za-z0-9]{20,30}_[A-Za-z0-9]{16,30}';

/**
 * ngrok authtokens and API keys, by the ngrok name (`NGROK_AUTHTOKEN`,
 * `ngrok.set_auth_token("…")`), the CLI (`ngrok config add-authtoken …`,
 * `ngrok authtoken …`, `--authtoken …`), or a generic token name next to ngrok
 * (`conf.get_default().auth_token = "…"` after `from pyngrok import …`).
 */
export const ngrokAuthtoken: IRule = {
  id: 'ngrok-authtoken',
  title: 'ngrok authtoken',
  severity: 'error',
  description:
    'An ngrok authtoken opens tunnels under your ngrok account: anyone who has it can publish their own servers on your domains and use up your plan, and your agent sessions show up under their traffic.',
  remediation: rotate(
    'the ngrok dashboard (Authtokens or API Keys; Your Authtoken › Reset)'
  ),
  revokeUrl: 'https://dashboard.ngrok.com/get-started/your-authtoken',
  envName: 'NGROK_AUTHTOKEN',
  keywords: ['ngrok'],
  priority: 2,
  ...namedValue({
    vendor: '(?<![A-Za-z0-9])ngrok',
    value: VALUE,
    context: /ngrok/i,
    check: mixedCase,
    call: `(?:ngrok(?:\\.exe)?[ \\t]{1,3}(?:config[ \\t]{1,3}add-authtoken|authtoken)|--authtoken(?:[ \\t]{1,3}|=))[ \\t]{0,3}["']?(${VALUE})(?![A-Za-z0-9_-])`
  }),
  samples: {
    positive: [
      `!ngrok config add-authtoken ${fakeToken(27, ALNUM, 'ngrok1')}_${fakeToken(21, ALNUM, 'ngrok2')}`,
      `from pyngrok import ngrok\nngrok.set_auth_token("${fakeToken(27, ALNUM, 'ngrok3')}_${fakeToken(21, ALNUM, 'ngrok4')}")`,
      `from pyngrok import conf\nconf.get_default().auth_token = "${fakeToken(27, ALNUM, 'ngrok5')}_${fakeToken(21, ALNUM, 'ngrok6')}"`,
      `%env NGROK_AUTHTOKEN=${fakeToken(27, ALNUM, 'ngrok7')}_${fakeToken(21, ALNUM, 'ngrok8')}`
    ],
    negative: [
      'ngrok.set_auth_token(os.environ["NGROK_AUTHTOKEN"])',
      '!ngrok config add-authtoken <YOUR_AUTHTOKEN>',
      `run_id = "${fakeToken(27, ALNUM, 'ngrok9')}_${fakeToken(21, ALNUM, 'ngrok10')}"`,
      'ngrok_tunnel_name = "jupyter_notebook_server_public"'
    ]
  }
};
