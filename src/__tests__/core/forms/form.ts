/**
 * One form of the forms table: how a credential is written (a name, a file layout, a
 * command, a sentence), with negative look-alikes of the same form.
 */
import { IRow, Kind } from './places';
import { Values } from './values';

export interface IForm {
  /** Short id, the row label of the table. */
  id: string;
  /** What the form is, in words. */
  title: string;
  /** A positive row: the form around a random credential. */
  make: (v: Values) => IRow;
  /** Negative rows: the same form with no credential in it. */
  negatives: ((v: Values) => IRow)[];
}

/** A row of `kind` (a negative when `secret` is empty). */
export function row(
  kind: Kind,
  text: string,
  secret = '',
  extra: Partial<IRow> = {}
): IRow {
  return { kind, text, secret, ...extra };
}

/** Password and secret names with prefixes and suffixes. */
export function pwName(v: Values): string {
  return v.pick([
    'PGPASSWORD',
    'MYSQL_PWD',
    'DB_PASS',
    'REDIS_AUTH',
    'X_SECRET',
    'earthdata_password',
    'client_secret',
    'SMTP_PASSWORD',
    'db_passwd',
    'admin_pass',
    'POSTGRES_PASSWORD',
    'ldap_bind_password',
    'MONGO_INITDB_ROOT_PASSWORD',
    'webhook_secret',
    'password'
  ]);
}

/** `<SERVICE>_TOKEN`, `<SERVICE>_API_KEY` and the like, for a service with no key prefix. */
export function keyName(v: Values): string {
  const service = v.service();
  return v.pick([
    `${service}_TOKEN`,
    `${service}_API_KEY`,
    `${service.toLowerCase()}_api_key`,
    `${service}_SECRET`,
    `${service.toLowerCase()}_access_token`
  ]);
}

/** A credential that fits `name`: a password for password names, else a key or password. */
export function secretFor(v: Values, name: string): string {
  if (/pass|pwd/i.test(name)) {
    return v.random() < 0.15 ? v.lowerWord() : v.password();
  }
  if (/auth/i.test(name)) {
    return v.password();
  }
  if (/secret/i.test(name)) {
    // Secrets are issued, not chosen: a key, or at most a password with symbols.
    return v.random() < 0.5 ? v.humanPassword() : v.key();
  }
  return v.key();
}
