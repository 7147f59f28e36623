import { fakeToken } from '../../../core';
import { idsIn, idsInOutput } from './contexts';

describe('hardcoded-password', () => {
  const pw = `${fakeToken(10, undefined, 'pw')}!`;

  it.each([
    ['an assignment', `password = "${pw}"`, 1],
    [
      'a keyword argument',
      `conn = psycopg2.connect(host="db", user="me", password="${pw}")`,
      1
    ],
    ['a dict', `config = {"user": "me", "passwd": "${pw}"}`, 1],
    ['a db_password constant', `DB_PASSWORD = '${pw}'`, 1],
    ['a .env line', `SMTP_PASSWORD=${pw}`, 1],
    ['a %env magic', `%env DB_PASS=${pw}`, 1],
    [
      'an ini file',
      `%%writefile settings.ini\n[db]\nuser = me\npassword = ${pw}\n`,
      1
    ],
    ['a YAML file', `database:\n  password: ${pw}\n`, 1],
    ['a secret', `SECRET = "${pw}"`, 1],
    ['JSON', `{"password": "${pw}"}`, 1],
    ['getpass', 'password = getpass.getpass("Password: ")', 0],
    ['os.environ', 'password = os.environ["DB_PASSWORD"]', 0],
    ['a variable', 'password = db_password', 0],
    ['pwd as a directory', 'pwd = os.getcwd()', 0],
    ['pwd as a path', 'pwd = "/home/jovyan/work"', 0],
    ['a placeholder', 'password = "<your password>"', 0],
    ['empty', 'password = ""', 0],
    ['None', 'password = None', 0],
    ['a type hint', 'def login(user: str, password: str = None):', 0],
    ['masked', 'password = "********"', 0],
    ['a hash field', 'password_hash = "5f4dcc3b5aa765d61d8327deb882cf99"', 0],
    ['a prompt', 'input("Enter password: ")', 0],
    ['a word', 'password: required', 0],
    ['a bypass flag', 'bypass = "yes-please-123"', 0],
    ['a constant naming a field', "_CLIENT_SECRET = 'CLIENT_SECRET'", 0],
    ['a camelCase field name', '"client_secret": "clientSecret"', 0],
    ['a class name', "'secret': 'V1SecretVolumeSource'", 0],
    [
      'a resource path',
      "--sasl-password='projects/123/secrets/my-secret/versions/1'",
      0
    ],
    [
      'a docstring',
      '    oauth2_client_secret: OAuth2 client secret to use.',
      0
    ],
    ['a docstring with a type', ':param is_password: `bool` or a filter', 0],
    ['a ternary', 'alert(42 ? null ? "FAIL" : "PASS" : "FAIL");', 0],
    [
      'a three-letter value',
      "logger.debug({secret: 'xyz'}, 'trying to login')",
      0
    ],
    [
      'a hex id under a secret name',
      '"AWS::SecretsManager::Secret": "c85175a4ebcce361"',
      0
    ],
    ['an aligned assignment', `PASSWORD          = "${pw}"`, 1],
    ['an aligned Ruby hash', `:password       => '${pw}'`, 1],
    ['an aligned .env line', `DB_PASSWORD     =${pw}`, 1],
    ['a # inside an unquoted value', 'password: MxjOYF8U6HbR#4', 1],
    ['an @ inside an unquoted value', `password: ${pw}@x`, 1],
    ['a comment after an unquoted value', `password = ${pw}  # change me`, 1],
    [
      'the last field of a connection string',
      `conn = "Server=db;Database=x;User Id=me;Password=${pw}"`,
      1
    ],
    ['backticks in markdown', `Use \`password=${pw}\` for the demo.`, 1],
    ['a name with a prefix', `PGPASSWORD=${pw}`, 1],
    ['a one-word lower-case password', 'password = "sunshine"', 1],
    [
      'a hyphenated passphrase',
      'passphrase = "correct-horse-battery-staple"',
      1
    ],
    ['a word under a secret name', 'secret = "default"', 0],
    ['a word in prose after a colon', 'password: required', 0],
    ['a placeholder word', 'password = "mypassword"', 0],
    ['a short password with digits', 'password = "Hunter22"', 1],
    ['a --password flag', `!tool login --user me --password ${pw}`, 1],
    [
      'a --password flag with a variable',
      '!tool login --password $PASSWORD',
      0
    ],
    [
      'a --password flag with a template',
      '!tool login --password {password}',
      0
    ]
  ])('should handle %s', (_reason, text, expected) => {
    expect(idsIn(text).filter(r => r === 'hardcoded-password')).toHaveLength(
      expected
    );
  });

  it('should find a password printed in stream output', () => {
    const output = {
      output_type: 'stream',
      name: 'stdout',
      text: `connecting with password="${pw}"\n`
    };
    expect(idsInOutput(output)).toContain('hardcoded-password');
  });
});
