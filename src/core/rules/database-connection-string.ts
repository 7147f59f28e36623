/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { passwordPlaceholder } from './shared';

/**
 * Database and message-broker URLs with a password:
 * `postgresql+psycopg2://user:pass@host/db`, `mongodb+srv://…`, `redis://:pass@…`, `amqp://…`,
 * any other scheme's `user:pass@`, and `jdbc:oracle:thin:user/pass@…`.
 */
export const databaseConnectionString: IRule = {
  id: 'database-connection-string',
  title: 'Database URL with a password',
  severity: 'error',
  description:
    'A connection string with a password opens the database to anyone who reads it, with every right of that user.',
  remediation:
    'Build the URL from environment variables (DATABASE_URL or a password from the hub secret store) or use a .pgpass-style file outside the notebook. If it was shared, change the database password.',
  envName: 'DATABASE_URL',
  keywords: ['://', 'jdbc:oracle'],
  // Any scheme but the web's own (url-credentials reports those): SQLAlchemy dialects
  // (`hana://`, `firebird+fdb://`, the SQLCipher dialect `sqlite+pysqlcipher://`) are open-ended.
  // Oracle's JDBC thin URL puts `user/password@` after `jdbc:oracle:thin:`.
  pattern:
    /\b(?!(?:https?|ftps?|sftp|ssh|git|svn|smb|webdav|s3|wss?|file)(?![A-Za-z0-9+]))[A-Za-z][A-Za-z0-9_]{1,24}(?:\+[A-Za-z0-9_]{1,20})?:\/\/([^\s:/@"'<>]{0,100}):([^\s@"'<>/]{1,200})@|jdbc:oracle:thin:[^\s:/@"'<>]{1,100}\/([^\s@"'<>/]{1,200})@/gi,
  mustContain: '@',
  prefilter: /:\/\/[^\s/@"'<>]{1,301}@|jdbc:oracle:thin:[^\s/@"'<>]{1,100}\//i,
  secretGroup: 2,
  validate: (secret, context) =>
    !passwordPlaceholder(secret) &&
    secret !== context.match[1] &&
    !/^[{<$%]|\*{3,}/.test(secret),
  samples: {
    positive: [
      `engine = create_engine("postgresql+psycopg2://analyst:${fakeToken(16)}@db.example.org:5432/obs")`,
      `client = MongoClient("mongodb+srv://app:${fakeToken(16)}@cluster0.example.net/test")`,
      `REDIS_URL=redis://:${fakeToken(20)}@cache.example.org:6379/0`,
      `create_engine("hana://analyst:${fakeToken(14)}@hana.example.org:39015")`,
      `url = "jdbc:oracle:thin:scott/${fakeToken(12)}@db.example.org:1521:ORCL"`
    ],
    negative: [
      'engine = create_engine("postgresql://user:password@localhost/db")',
      'engine = create_engine(f"postgresql://{user}:{password}@{host}/db")',
      'url = "postgresql://user:${PGPASSWORD}@host/db"'
    ]
  }
};
