/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { passwordPlaceholder } from './shared';

/**
 * Passwords in PostgreSQL password-file lines, `hostname:port:database:username:password`
 * (https://www.postgresql.org/docs/current/libpq-pgpass.html), where only the position
 * says which field is the password.
 *
 * Notes: the line has no keyword of its own, so the rule looks only where the default
 * port (5432, or PgBouncer's 6432), a `*` wildcard field or the file's name occurs. The
 * password ends the line; `\:` and `\\` are the format's escapes.
 */
export const pgpassPassword: IRule = {
  id: 'pgpass-password',
  title: 'Password in a .pgpass line',
  severity: 'error',
  description:
    'A .pgpass line is a reusable database login: written into a notebook, it is readable by everyone the notebook reaches.',
  remediation:
    'Write ~/.pgpass from a terminal (mode 600), never from a notebook cell, or let psql ask for the password. If it was shared, change the database password.',
  envName: 'PGPASSWORD',
  keywords: [':5432:', ':6432:', ':*:', 'pgpass'],
  pattern:
    /(?<![A-Za-z0-9_.*:\\-])(?:[A-Za-z0-9_.-]{1,253}|\*):(?:\d{1,5}|\*):[^\s:"'`\\]{1,63}:[^\s:"'`\\]{1,63}:((?:[^\s:"'`\\]|\\[:\\]){4,200})(?![^\s"'`\\])/g,
  secretGroup: 1,
  validate: (secret, context) => {
    const host = context.text.slice(
      context.match.index,
      context.text.indexOf(':', context.match.index)
    );
    return (
      /[A-Za-z*]/.test(host) &&
      /[A-Za-z]/.test(secret) &&
      secret !== '*' &&
      !passwordPlaceholder(secret) &&
      !/^[<{$[]|\*{3,}|x{4,}/i.test(secret)
    );
  },
  samples: {
    positive: [
      `!echo "db.example.org:5432:obs:analyst:${fakeToken(14, undefined, 'pgpass')}" >> ~/.pgpass`,
      `*:*:*:etl:${fakeToken(12, undefined, 'pgpass-any')}#7`
    ],
    negative: [
      'db.example.org:5432:*:analyst:*',
      '{host}:5432:{db}:{user}:{password}',
      'at 12:04:55 the job on pgpass-host finished'
    ]
  }
};
