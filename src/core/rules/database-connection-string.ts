/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { URL_USERINFO, passwordPlaceholder } from './shared';

/**
 * Database and message-broker URLs with a password:
 * `postgresql+psycopg2://user:pass@host/db`, `mongodb+srv://…`, `redis://:pass@…`, `amqp://…`.
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
  keywords: ['://'],
  pattern:
    /\b(?:postgres(?:ql)?|postgis|mysql|mariadb|mssql|sqlserver|oracle|mongodb(?:\+srv)?|rediss?|amqps?|clickhouse|cockroachdb|snowflake|timescaledb|db2|ibm_db_sa|trino|presto|hive|teradata(?:sql)?|vertica|neo4j(?:\+s)?|bolt|influxdb|couchdb|couchbases?|cassandra)(?:\+[A-Za-z0-9]{1,20})?:\/\/([^\s:/@"'<>]{0,100}):([^\s@"'<>/]{1,200})@/gi,
  prefilter: URL_USERINFO,
  secretGroup: 2,
  validate: (secret, context) =>
    !passwordPlaceholder(secret) && secret !== context.match[1],
  samples: {
    positive: [
      `engine = create_engine("postgresql+psycopg2://analyst:${fakeToken(16)}@db.example.org:5432/obs")`,
      `client = MongoClient("mongodb+srv://app:${fakeToken(16)}@cluster0.example.net/test")`,
      `REDIS_URL=redis://:${fakeToken(20)}@cache.example.org:6379/0`
    ],
    negative: [
      'engine = create_engine("postgresql://user:password@localhost/db")',
      'engine = create_engine(f"postgresql://{user}:{password}@{host}/db")',
      'url = "postgresql://user:${PGPASSWORD}@host/db"'
    ]
  }
};
