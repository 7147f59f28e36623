import { fakeToken } from '../../../core';
import { idsIn, idsInOutput } from './contexts';

describe('database-connection-string', () => {
  const pw = fakeToken(16, undefined, 'db');

  it.each([
    [
      'SQLAlchemy with a driver',
      `engine = create_engine("postgresql+psycopg2://analyst:${pw}@db.example.org:5432/obs")`,
      1
    ],
    [
      'mysql',
      `engine = create_engine('mysql+pymysql://root:${pw}@10.0.0.5/db')`,
      1
    ],
    [
      'MongoDB Atlas',
      `client = MongoClient("mongodb+srv://app:${pw}@cluster0.example.net/?retryWrites=true")`,
      1
    ],
    [
      'redis without a user',
      `r = redis.from_url("redis://:${pw}@cache.example.org:6379/0")`,
      1
    ],
    ...['postgis', 'trino', 'neo4j+s', 'cassandra', 'db2', 'influxdb'].map(
      scheme =>
        [
          `a ${scheme} URL`,
          `url = "${scheme}://me:${pw}@db.example.org/x"`,
          1
        ] as [string, string, number]
    ),
    ['amqp', `BROKER_URL=amqp://worker:${pw}@rabbit:5672//`, 1],
    ['a %env magic', `%env DATABASE_URL=postgres://me:${pw}@db/obs`, 1],
    ['a SQL magic', `%sql postgresql://me:${pw}@localhost/obs`, 1],
    [
      'a placeholder password',
      'engine = create_engine("postgresql://user:password@localhost/db")',
      0
    ],
    [
      'an f-string',
      'engine = create_engine(f"postgresql://{user}:{pw}@{host}/db")',
      0
    ],
    ['a shell variable', 'psql "postgresql://me:$PGPASSWORD@db/obs"', 0],
    [
      'no password',
      'engine = create_engine("postgresql://me@db.example.org/obs")',
      0
    ],
    ['masked in a repr', 'Engine(postgresql://me:***@db.example.org/obs)', 0]
  ])('should handle %s', (_reason, text, expected) => {
    expect(
      idsIn(text).filter(r => r === 'database-connection-string')
    ).toHaveLength(expected);
  });

  it('should find a URL in an OperationalError traceback', () => {
    const output = {
      output_type: 'error',
      ename: 'OperationalError',
      evalue: 'could not connect',
      traceback: [
        `\u001b[0;31mOperationalError\u001b[0m: could not connect to \u001b[1mpostgresql://me:${pw}@db:5432/obs\u001b[0m`
      ]
    };
    expect(idsInOutput(output)).toContain('database-connection-string');
  });
});
