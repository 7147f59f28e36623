/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeHex } from '../fake-credentials';
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { randomLooking, URL_SAFE } from './shared';

/**
 * Session cookies in a `Cookie:` header, a curl `-b` option or a requests `cookies=` dict:
 * what "Copy as cURL" in a browser puts into a notebook, and what some clients print when
 * they show the request they made.
 *
 * Notes: only cookies whose name says "session" (`_urs-gui_session`, `sessionid`,
 * `JSESSIONID`, `connect.sid`…) count; other cookies are usually preferences.
 */
export const sessionCookie: IRule = {
  id: 'session-cookie',
  title: 'Session cookie',
  severity: 'warning',
  description:
    'A session cookie logs whoever holds it in as you on that website (for example Earthdata Login) until the session ends; it is often copied along with a "Copy as cURL" command.',
  remediation:
    "Use the service's API token or login helper instead of a browser request, and clear outputs that print request headers. If a live session cookie was shared, log out of that site to end the session.",
  envName: 'SESSION_COOKIE',
  keywords: ['cookie', ' -b '],
  pattern:
    /(?:cookies?["']?\s{0,3}[:=]\s{0,3}\{?|\s-b\s{1,3})[^\n]{0,600}?(?<![A-Za-z0-9_-])(?:[A-Za-z0-9_.-]{0,30}sess(?:ion)?(?:_?id)?[A-Za-z0-9_.-]{0,20}|JSESSIONID|PHPSESSID|connect\.sid|sid)["']?\s{0,3}[=:]\s{0,3}["']?([A-Za-z0-9%._~+/=-]{16,400})/gi,
  secretGroup: 1,
  minEntropy: 3,
  validate: secret => randomLooking(secret, 3),
  samples: {
    positive: [
      `!curl -H 'Cookie: state=abc; _urs-gui_session=${fakeHex(32)}' https://urs.example.org/profile`,
      `r = requests.get(url, cookies={"sessionid": "${fakeToken(32, URL_SAFE)}"})`,
      `!curl -b "JSESSIONID=${fakeHex(32).toUpperCase()}" https://portal.example.org/data`
    ],
    negative: [
      'Cookie: urs_user_already_logged=yes; token=*****; theme=dark',
      'cookies = {"session": session_token}',
      'Cookie: sessionid=<your session id>'
    ]
  }
};
