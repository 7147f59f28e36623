import { fakeHex, fakeToken } from '../../../core';
import { idsIn, idsInOutput } from './contexts';

describe('session-cookie', () => {
  const sid = fakeHex(32, 'cookie');

  it.each([
    [
      'a copied curl command',
      `!curl 'https://urs.example.org/' -H 'Cookie: state=x; _urs-gui_session=${sid}'`,
      1
    ],
    ['curl -b', `!curl -b "sessionid=${sid}" https://portal.example.org`, 1],
    [
      'a requests cookies dict',
      `requests.get(url, cookies={"JSESSIONID": "${sid.toUpperCase()}"})`,
      1
    ],
    [
      'a raw HTTP request in markdown',
      `GET /data HTTP/1.1\nCookie: theme=dark; connect.sid=s%3A${fakeToken(40, undefined, 'sid')}`,
      1
    ],
    ['a masked cookie', 'Cookie: urs_user_already_logged=yes; token=*****', 0],
    [
      'a preference cookie',
      `Cookie: theme=dark; lang=${fakeToken(20, undefined, 'lang')}`,
      0
    ],
    ['a variable', 'requests.get(url, cookies={"session": session_id})', 0]
  ])('should handle %s', (_reason, text, expected) => {
    expect(idsIn(text).filter(id => id === 'session-cookie')).toHaveLength(
      expected
    );
  });

  it('should find a cookie in a printed curl command', () => {
    const output = {
      output_type: 'stream',
      name: 'stdout',
      text: [
        `curl -X GET -H 'Accept: */*' -H 'Cookie: token=*****; _urs-gui_session=${sid}' 'https://harmony.example.org/'\n`
      ]
    };
    expect(idsInOutput(output)).toContain('session-cookie');
  });
});
