import { fakeHex, fakeToken } from '../../../core';
import { idsIn, idsInOutput } from './contexts';

describe('kaggle rules', () => {
  const key = fakeHex(32, 'kaggle');

  it.each([
    [
      'kaggle.json pasted as JSON',
      `{"username":"someone","key":"${key}"}`,
      'kaggle-api-key',
      1
    ],
    [
      'kaggle.json written from a shell line',
      `!echo '{"username":"me","key":"${key}"}' > ~/.kaggle/kaggle.json`,
      'kaggle-api-key',
      1
    ],
    [
      'a Python dict dumped to kaggle.json',
      `json.dump({'username': 'me', 'key': '${key}'}, open(path, 'w'))`,
      'kaggle-api-key',
      1
    ],
    [
      'os.environ assignment',
      `os.environ["KAGGLE_KEY"] = "${key}"`,
      'kaggle-api-key',
      1
    ],
    ['a %env magic', `%env KAGGLE_KEY=${key}`, 'kaggle-api-key', 1],
    [
      'an escaped JSON string',
      JSON.stringify(JSON.stringify({ username: 'me', key })),
      'kaggle-api-key',
      1
    ],
    [
      'a 32-hex "key" without Kaggle context',
      `{"key": "${key}"}`,
      'kaggle-api-key',
      0
    ],
    [
      'a KGAT_ token',
      `%env KAGGLE_API_TOKEN=KGAT_${fakeToken(32, undefined, 'kgat')}`,
      'kaggle-api-token',
      1
    ],
    ['a safe read', 'os.environ["KAGGLE_KEY"] = getpass()', 'kaggle-api-key', 0]
  ])('should handle %s', (_reason, text, ruleId, expected) => {
    expect(idsIn(text).filter(r => r === ruleId)).toHaveLength(expected);
  });

  it('should find a printed kaggle.json in stream output', () => {
    const output = {
      output_type: 'stream',
      name: 'stdout',
      text: [`{"username":"me","key":"${key}"}\n`]
    };
    expect(idsInOutput(output)).toContain('kaggle-api-key');
  });
});
