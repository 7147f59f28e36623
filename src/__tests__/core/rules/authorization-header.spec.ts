import { fakeToken } from '../../../core';
import { idsIn, idsInOutput } from './contexts';

describe('authorization-header', () => {
  const token = fakeToken(40, undefined, 'auth');
  const basic = 'dXNlcjpodW50ZXIy'; // "user:hunter2", a well-known example pair

  it.each([
    [
      'a requests headers dict',
      `r = requests.get(url, headers={"Authorization": "Bearer ${token}"})`,
      1
    ],
    [
      'a curl header',
      `!curl -H "Authorization: Bearer ${token}" https://api.example.org/v1`,
      1
    ],
    [
      'a session header assignment',
      `session.headers["Authorization"] = "Bearer ${token}"`,
      1
    ],
    ['a Basic header', `headers = {'Authorization': 'Basic ${basic}'}`, 1],
    [
      'an HTTP request in markdown',
      `GET /v1/items HTTP/1.1\nAuthorization: Bearer ${token}`,
      1
    ],
    ['an f-string header', 'headers = {"Authorization": f"Bearer {token}"}', 0],
    [
      'a concatenated header',
      'headers = {"Authorization": "Bearer " + token}',
      0
    ],
    [
      'a shell variable',
      '!curl -H "Authorization: Bearer $TOKEN" https://api.example.org',
      0
    ],
    [
      'a Basic value that is not user:pass',
      'Authorization: Basic bm90aGluZ2hlcmVhdGFsbA==',
      0
    ]
  ])('should handle %s', (_reason, text, expected) => {
    expect(idsIn(text).filter(r => r === 'authorization-header')).toHaveLength(
      expected
    );
  });

  it('should find a header echoed in a request log', () => {
    const output = {
      output_type: 'stream',
      name: 'stderr',
      text: `send: b'GET / HTTP/1.1\\r\\nAuthorization: Bearer ${token}\\r\\n'\n`
    };
    expect(idsInOutput(output)).toContain('authorization-header');
  });
});
