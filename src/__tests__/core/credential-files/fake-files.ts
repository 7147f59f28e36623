import {
  fakeAwsKeyId,
  fakeAwsSecret,
  fakeHex,
  fakePem,
  fakePemBody,
  fakeToken
} from '../../../core';

/** Latin-1 bytes of an SSH string: a 4-byte big-endian length, then the bytes. */
function sshString(value: string): string {
  const n = value.length;
  return (
    String.fromCharCode(
      (n >>> 24) & 255,
      (n >>> 16) & 255,
      (n >>> 8) & 255,
      n & 255
    ) + value
  );
}

/** An OpenSSH private key whose header names `cipher` (`none` = unencrypted). */
export function fakeOpenSshKey(cipher = 'none'): string {
  const bytes =
    'openssh-key-v1\u0000' +
    sshString(cipher) +
    sshString(cipher === 'none' ? 'none' : 'bcrypt') +
    sshString('') +
    fakeToken(90);
  const body = Buffer.from(bytes, 'latin1').toString('base64');
  const lines = body.match(/.{1,70}/g)!;
  const label = 'OPENSSH PRIVATE KEY';
  return [
    `-----BEGIN ${label}-----`,
    ...lines,
    `-----END ${label}-----`,
    ''
  ].join('\n');
}

/** A PKCS#1 key that OpenSSL encrypted (a `Proc-Type` header before the body). */
export function fakeEncryptedPem(): string {
  const label = 'RSA PRIVATE KEY';
  return [
    `-----BEGIN ${label}-----`,
    'Proc-Type: 4,ENCRYPTED',
    `DEK-Info: AES-128-CBC,${fakeHex(32).toUpperCase()}`,
    '',
    ...fakePemBody(3),
    `-----END ${label}-----`
  ].join('\n');
}

/** `name = value` lines of an INI-like file. */
const ini = (section: string, pairs: Record<string, string>): string =>
  `[${section}]\n` +
  Object.entries(pairs)
    .map(([k, v]) => `${k} = ${v}`)
    .join('\n') +
  '\n';

/** Realistic contents of each known credential file, with fake values made at run time. */
export function fakeCredentialFiles(): Record<string, string> {
  const token = fakeToken(40);
  return {
    '.aws/credentials': ini('default', {
      aws_access_key_id: fakeAwsKeyId(),
      aws_secret_access_key: fakeAwsSecret()
    }),
    '.aws/config': ini('profile lab', {
      region: 'eu-west-1',
      aws_access_key_id: fakeAwsKeyId(),
      aws_secret_access_key: fakeAwsSecret()
    }),
    '.netrc': `machine urs.earthdata.nasa.gov login someone password ${fakeToken(14)}\n`,
    _netrc: `machine example.org\n  login someone\n  password ${fakeToken(14)}\n`,
    '.cdsapirc': `url: https://cds.climate.copernicus.eu/api\nkey: ${fakeHex(8)}-${fakeHex(4)}-${fakeHex(4)}-${fakeHex(4)}-${fakeHex(12)}\n`,
    '.ecmwfapirc': JSON.stringify({
      url: 'https://api.ecmwf.int/v1',
      key: fakeHex(32),
      email: 'a@b.org'
    }),
    '.kaggle/kaggle.json': JSON.stringify({
      username: 'someone',
      key: fakeHex(32)
    }),
    '.config/gcloud/application_default_credentials.json': JSON.stringify({
      client_id: `${fakeHex(12)}.apps.googleusercontent.com`,
      client_secret: fakeToken(24),
      refresh_token: `1//${fakeToken(60)}`,
      type: 'authorized_user'
    }),
    '.config/gcloud/legacy_credentials/someone@uni.edu/adc.json':
      JSON.stringify({
        refresh_token: `1//${fakeToken(60)}`,
        type: 'authorized_user'
      }),
    'keys/project-sa.json': JSON.stringify({
      type: 'service_account',
      project_id: 'lab',
      private_key_id: fakeHex(40),
      private_key: fakePem('', '\n') + '\n',
      client_email: 'svc@lab.iam.gserviceaccount.com'
    }),
    '.git-credentials': `https://someone:${token}@git.example.org\n`,
    '.docker/config.json': JSON.stringify({
      auths: {
        'registry.example.org': {
          auth: Buffer.from(`someone:${fakeToken(20)}`).toString('base64')
        }
      }
    }),
    '.ssh/id_ed25519': fakeOpenSshKey(),
    'project/.env': `DEBUG=1\nDB_PASSWORD=${fakeToken(18)}\n`,
    '.pypirc': `[pypi]\nusername = __token__\npassword = pypi-${fakeToken(60)}\n`,
    '.npmrc': `//registry.npmjs.org/:_authToken=npm_${fakeToken(36)}\n`,
    '.s3cfg': ini('default', {
      access_key: fakeAwsKeyId(),
      secret_key: fakeAwsSecret()
    }),
    '.boto': ini('Credentials', {
      aws_access_key_id: fakeAwsKeyId(),
      aws_secret_access_key: fakeAwsSecret()
    }),
    '.config/rclone/rclone.conf': ini('store', {
      type: 's3',
      access_key_id: fakeAwsKeyId(),
      secret_access_key: fakeAwsSecret()
    }),
    '.config/earthengine/credentials': JSON.stringify({
      refresh_token: `1//${fakeToken(60)}`
    }),
    '.azure/msal_token_cache.json': JSON.stringify({
      RefreshToken: {
        x: { credential_type: 'RefreshToken', secret: fakeToken(120) }
      }
    }),
    '.config/openstack/clouds.yaml': `clouds:\n  lab:\n    auth:\n      auth_url: https://keystone.example.org:5000/v3\n      username: someone\n      password: ${fakeToken(16)}\n`,
    '.cache/huggingface/token': `hf_${fakeToken(34)}`,
    '.pgpass': `db.example.org:5432:lab:someone:${fakeToken(16)}\n`,
    '.my.cnf': `[client]\nuser = someone\npassword = ${fakeToken(16)}\n`
  };
}
