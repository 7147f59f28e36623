/**
 * What people write where a credential would go when they keep it out of the notebook,
 * and look-alikes that are not credentials: the negative rows of the forms table.
 */
import { Values } from './values';

/** Literal stand-ins written inside quotes. */
export function safeLiteral(v: Values, name = 'DB_PASSWORD'): string {
  return v.pick([
    `\${${name}}`,
    `{{ ${name.toLowerCase()} }}`,
    '<password>',
    '<your-token>',
    '********',
    `YOUR_${name}`,
    'changeme',
    'xxxxxxxxxxxxxxxx',
    '%(password)s',
    `{${name.toLowerCase()}}`,
    'dummy',
    'fake-password-for-tests'
  ]);
}

/** Code that reads a credential without writing it. */
export function safeCode(v: Values, name = 'DB_PASSWORD'): string {
  return v.pick([
    `os.environ["${name}"]`,
    `os.getenv("${name}")`,
    'getpass.getpass("Password: ")',
    `keyring.get_password("warehouse", "${v.user()}")`,
    `secrets.get_secret_value(SecretId="${name.toLowerCase()}")["SecretString"]`,
    `config["database"]["${name.toLowerCase()}"]`,
    `dbutils.secrets.get(scope="lab", key="${name.toLowerCase()}")`
  ]);
}

/** Hex hashes, ids and UUIDs under names that are not credentials. */
export function idLike(v: Values): [string, string] {
  const hex = v.chars(v.pick([32, 40, 64]), '0123456789abcdef');
  const uuid = [8, 4, 4, 4, 12]
    .map(n => v.chars(n, '0123456789abcdef'))
    .join('-');
  return v.pick([
    ['commit_sha', hex],
    ['checksum', hex],
    ['run_id', uuid],
    ['dataset_id', uuid],
    ['password_hash', hex],
    ['token_id', uuid],
    ['etag', hex]
  ]);
}

/** Prose that talks about passwords and keys without giving one. */
export function mention(v: Values): string {
  return v.pick([
    'The password is required to log in to the database.',
    'Your password is stored in the hub secret store, never in the notebook.',
    'Use a strong password: at least 12 characters long.',
    'The token is valid for one hour, after which you must log in again.',
    'Set the API key in the environment before running this cell.',
    'Ask the data manager for the password if you do not have one.',
    'If the password was shared, change it everywhere it is used.',
    'The access token is read from the environment by the client.',
    'Password is 8-16 characters long.'
  ]);
}
