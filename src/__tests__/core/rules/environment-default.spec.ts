import { fakeToken } from '../../../core';
import { idsIn } from './contexts';

describe('environment-default', () => {
  const key = fakeToken(32, undefined, 'envdefault-key');
  const pw = `${fakeToken(9, undefined, 'envdefault-pw')}4#`;
  const found = (text: string) =>
    idsIn(text).filter(r => r === 'environment-default').length;

  it.each([
    ['os.environ.get', `p = os.environ.get("DB_PASSWORD", "${pw}")`, 1],
    ['os.getenv', `k = os.getenv('OPENWEATHER_API_KEY', '${key}')`, 1],
    ['a token default', `t = os.getenv("HF_TOKEN", "${key}")`, 1],
    ['spaces', `p = os.environ.get( "PGPASSWORD" , "${pw}" )`, 1],
    ['no default', 'p = os.environ.get("DB_PASSWORD")', 0],
    ['an empty default', 'p = os.environ.get("DB_PASSWORD", "")', 0],
    ['a placeholder', 'k = os.getenv("API_KEY", "<your key>")', 0],
    ['a word', 'k = os.getenv("API_KEY", "changeme")', 0],
    ['a non-secret variable', `h = os.getenv("DB_HOST", "${key}")`, 0],
    [
      'a default that is a name',
      'k = os.getenv("API_KEY", "MY_SERVICE_KEY")',
      0
    ]
  ])('should handle %s', (_reason, text, expected) => {
    expect(found(text)).toBe(expected);
  });
});
