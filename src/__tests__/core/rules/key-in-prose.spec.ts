import { fakeHex, fakeToken } from '../../../core';
import { idsIn, idsInOutput } from './contexts';

describe('key-in-prose', () => {
  const token = fakeToken(40, undefined, 'key-in-prose');
  const hex = fakeHex(32, 'key-in-prose');
  // Another rule may claim the same value; any credential finding will do here.
  const found = (text: string) =>
    idsIn(text).filter(r => r === 'key-in-prose').length;

  it.each([
    ['a sentence', `The token is ${token}`, 1],
    ['markdown backticks', `- my API key was \`${hex}\``, 1],
    ['a printed log line', `print(f"Using API key ${hex}")`, 1],
    [
      '"authenticating with token"',
      `log.info("Authenticating with token ${token}")`,
      1
    ],
    ['a validity statement', 'The token is valid for one hour.', 0],
    [
      'the environment',
      'Authenticating with the token from the environment',
      0
    ],
    [
      'a storage statement',
      'The API key is stored in the hub secret store.',
      0
    ],
    ['a placeholder', 'The token is YOUR_TOKEN_GOES_HERE_PLEASE', 0],
    ['a variable', 'Using API key $OPENWEATHER_API_KEY', 0]
  ])('should handle %s', (_reason, text, expected) => {
    expect(found(text)).toBe(expected);
  });

  it('should find a key printed in a stream output', () => {
    const output = {
      output_type: 'stream',
      name: 'stdout',
      text: [`Using API key ${hex}\n`]
    };
    expect(idsInOutput(output)).toContain('key-in-prose');
  });
});
