/**
 * Forms of the table: authorization headers and API-key headers, and passwords on
 * command lines, also split over `\` continuations.
 */
import { IForm, row } from './form';
import { safeLiteral } from './safe-values';
import { Values } from './values';

function api(v: Values): string {
  return `https://api.${v.host()}/v1/${v.pick(['data', 'jobs', 'upload'])}`;
}

export const SHELL_FORMS: IForm[] = [
  {
    id: 'authorization-header',
    title: 'Authorization: Bearer/Basic/token in code and JSON',
    make: v => {
      const basic = v.random() < 0.3;
      const secret = basic ? v.base64(`${v.user()}:${v.password()}`) : v.key();
      const scheme = basic ? 'Basic' : v.pick(['Bearer', 'token']);
      return row(
        'code',
        v.pick([
          `session.headers["Authorization"] = "${scheme} ${secret}"`,
          `headers = {"Authorization": "${scheme} ${secret}", "Accept": "application/json"}`,
          `r = requests.get(url, headers={'Authorization': '${scheme} ${secret}'})`
        ]),
        secret
      );
    },
    negatives: [
      () => row('code', 'session.headers["Authorization"] = f"Bearer {token}"'),
      () =>
        row(
          'code',
          'headers = {"Authorization": "Bearer " + os.environ["API_TOKEN"]}'
        ),
      v =>
        row(
          'code',
          `headers = {"Authorization": "Bearer ${safeLiteral(v, 'API_TOKEN')}"}`
        )
    ]
  },
  {
    id: 'header-curl-dump',
    title: 'headers in curl -H and printed request dumps',
    make: v => {
      const key = v.key();
      return v.pick([
        row(
          'shell',
          `curl -s -H "Authorization: Bearer ${key}" ${api(v)}`,
          key
        ),
        row(
          'log',
          `GET /v1/data HTTP/1.1\nHost: api.${v.host()}\nAuthorization: Bearer ${key}\nAccept: */*`,
          key
        ),
        row(
          'log',
          `{'User-Agent': 'python-requests/2.31.0', 'Accept': '*/*', 'Authorization': 'Bearer ${key}'}`,
          key
        )
      ]);
    },
    negatives: [
      v =>
        row('shell', `curl -s -H "Authorization: Bearer $API_TOKEN" ${api(v)}`),
      () =>
        row(
          'log',
          "{'User-Agent': 'python-requests/2.31.0', 'Authorization': 'Bearer ***'}"
        )
    ]
  },
  {
    id: 'api-key-header',
    title: 'X-API-Key, apikey and similar headers',
    make: v => {
      const key = v.key();
      const header = v.pick([
        'X-API-Key',
        'X-Api-Key',
        'apikey',
        'x-api-token',
        'X-Auth-Token'
      ]);
      return v.pick([
        row('code', `headers = {"${header}": "${key}"}`, key),
        row('shell', `curl -H "${header}: ${key}" ${api(v)}`, key),
        row('log', `${header}: ${key}`, key)
      ]);
    },
    negatives: [
      () => row('code', 'headers = {"X-API-Key": os.environ["API_KEY"]}'),
      v => row('shell', `curl -H "X-API-Key: \${API_KEY}" ${api(v)}`)
    ]
  },
  {
    id: 'shell-continuation',
    title: 'commands split with \\ continuations',
    make: v => {
      const pw = v.shellPassword();
      return v.pick([
        row(
          'shell',
          `curl -X POST \\\n  -u ${v.user()}:${pw} \\\n  -F file=@data.csv \\\n  ${api(v)}`,
          pw
        ),
        row(
          'shell',
          `mysql -h ${v.host()} \\\n  -u ${v.user()} \\\n  -p${pw} obs < schema.sql`,
          pw
        ),
        row(
          'shell',
          `wget --user=${v.user()} \\\n  --password=${pw} \\\n  ${api(v)}`,
          pw
        )
      ]);
    },
    negatives: [
      v =>
        row(
          'shell',
          `curl -X POST \\\n  -u ${v.user()}:$API_PASSWORD \\\n  ${api(v)}`
        )
    ]
  },
  {
    id: 'curl-u',
    title: 'curl -u / --user user:password',
    make: v => {
      const pw = v.shellPassword();
      return row(
        'shell',
        v.pick([
          `curl -u ${v.user()}:${pw} ${api(v)}`,
          `curl --user "${v.user()}:${pw}" -O ${api(v)}`
        ]),
        pw
      );
    },
    negatives: [
      v => row('shell', `curl -u ${v.user()} ${api(v)}`),
      v => row('shell', `curl -u "$USER:$PASS" ${api(v)}`)
    ]
  },
  {
    id: 'wget-password',
    title: 'wget --password / --http-password',
    make: v => {
      const pw = v.shellPassword();
      return row(
        'shell',
        `wget --user=${v.user()} --${v.pick(['password', 'http-password', 'ftp-password'])}=${pw} ${api(v)}`,
        pw
      );
    },
    negatives: [
      v => row('shell', `wget --user=${v.user()} --ask-password ${api(v)}`)
    ]
  },
  {
    id: 'mysql-p',
    title: 'mysql -p<password>',
    make: v => {
      const pw = v.shellPassword();
      return row(
        'shell',
        `mysql -u ${v.user()} -p${pw} -h ${v.host()} obs`,
        pw
      );
    },
    negatives: [v => row('shell', `mysql -u ${v.user()} -p -h ${v.host()} obs`)]
  },
  {
    id: 'psql-uri',
    title: 'psql with a URI',
    make: v => {
      const pw = v.urlPassword();
      return row(
        'shell',
        `psql "postgresql://${v.user()}:${pw}@${v.host()}:5432/obs" -c "select 1"`,
        pw
      );
    },
    negatives: [
      v => row('shell', `psql "postgresql://${v.user()}@${v.host()}:5432/obs"`)
    ]
  },
  {
    id: 'sshpass',
    title: 'sshpass -p',
    make: v => {
      const pw = v.urlPassword();
      return row(
        'shell',
        `sshpass -p '${pw}' scp data.nc ${v.user()}@${v.host()}:/data/`,
        pw
      );
    },
    negatives: [
      v => row('shell', `sshpass -e scp data.nc ${v.user()}@${v.host()}:/data/`)
    ]
  },
  {
    id: 'docker-login',
    title: 'docker login -p',
    make: v => {
      const pw = v.shellPassword();
      return row(
        'shell',
        `docker login -u ${v.user()} -p ${pw} registry.${v.host()}`,
        pw
      );
    },
    negatives: [
      v =>
        row(
          'shell',
          `docker login -u ${v.user()} --password-stdin registry.${v.host()}`
        )
    ]
  },
  {
    id: 'twine-p',
    title: 'twine upload -p',
    make: v => {
      const pw = v.shellPassword();
      return row(
        'shell',
        `twine upload --repository-url https://${v.host()}/ -u ${v.user()} -p ${pw} dist/*`,
        pw
      );
    },
    negatives: [
      () => row('shell', 'twine upload -u __token__ -p $PYPI_TOKEN dist/*')
    ]
  },
  {
    id: 'git-clone-token',
    title: 'git clone https://user:token@…',
    make: v => {
      const token = v.key();
      return row(
        'shell',
        v.pick([
          `git clone https://${v.user()}:${token}@github.com/lab/pipeline.git`,
          `git clone https://oauth2:${token}@gitlab.${v.host()}/lab/pipeline.git`,
          `git remote set-url origin https://${token}@github.com/lab/pipeline.git`
        ]),
        token
      );
    },
    negatives: [
      () => row('shell', 'git clone https://github.com/lab/pipeline.git'),
      () => row('shell', 'git clone git@github.com:lab/pipeline.git')
    ]
  }
];
