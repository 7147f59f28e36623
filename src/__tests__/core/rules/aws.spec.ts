import {
  fakeAwsKeyId,
  fakeAwsSecret,
  fakeHex,
  fakeToken,
  Scanner
} from '../../../core';
import { idsIn, idsInOutput } from './contexts';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

describe('aws rules', () => {
  const id = fakeAwsKeyId('AKIA', 'aws-id');
  const temp = fakeAwsKeyId('ASIA', 'aws-temp');
  const secret = fakeAwsSecret('aws-secret');
  const session = fakeToken(356, B64, 'aws-session');

  it.each([
    ['a code assignment', `AWS_SECRET_ACCESS_KEY = "${secret}"`],
    [
      'boto3 keyword arguments',
      `s3 = boto3.client("s3", aws_access_key_id="${id}", aws_secret_access_key="${secret}")`
    ],
    ['an environment assignment', `AWS_SECRET_ACCESS_KEY=${secret}`],
    ['a %env magic', `%env AWS_SECRET_ACCESS_KEY=${secret}`],
    ['an !export line', `!export AWS_SECRET_ACCESS_KEY=${secret}`],
    [
      'os.environ assignment',
      `os.environ["AWS_SECRET_ACCESS_KEY"] = "${secret}"`
    ],
    ['aws configure set', `!aws configure set aws_secret_access_key ${secret}`],
    [
      '%%writefile ~/.aws/credentials',
      `%%writefile ~/.aws/credentials\n[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n`
    ],
    [
      'STS JSON',
      `{"Credentials": {"AccessKeyId": "${temp}", "SecretAccessKey": "${secret}"}}`
    ],
    [
      'earthaccess credentials dict',
      `{'accessKeyId': '${temp}', 'secretAccessKey': '${secret}', 'sessionToken': '${session}'}`
    ],
    ['a positional pair', `session = Session("${id}", "${secret}")`],
    ['markdown', `Set the secret key to \`${secret}\` with the id \`${id}\`.`],
    [
      'an escaped JSON string',
      JSON.stringify(JSON.stringify({ aws_secret_access_key: secret }))
    ],
    [
      'a CSV credentials file',
      `User name,Access key ID,Secret access key\nme,${id},${secret}`
    ]
  ])('should find the secret key in %s', (_where, text) => {
    expect(idsIn(text)).toContain('aws-secret-access-key');
  });

  it.each([
    ['the id alone', `key_id = "${id}"`, 'aws-access-key-id', 1],
    [
      'a temporary id',
      `%env AWS_ACCESS_KEY_ID=${temp}`,
      'aws-access-key-id',
      1
    ],
    [
      'the documented example id',
      'AKIAIOSFODNN7EXAMPLE',
      'aws-access-key-id',
      0
    ],
    [
      'the documented example secret',
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'aws-secret-access-key',
      0
    ],
    [
      'a lone 40-character value',
      `value = "${secret}"`,
      'aws-secret-access-key',
      0
    ],
    [
      'a git SHA next to "aws"',
      `!git -C aws-tools checkout ${fakeHex(40, 'sha')}`,
      'aws-secret-access-key',
      0
    ],
    [
      'an S3 path',
      `s3://podaac-ops-cumulus-protected/MUR-JPL-L4-GLOB-v4.1/2020/file_${fakeHex(8)}.nc  # aws`,
      'aws-secret-access-key',
      0
    ],
    [
      'a safe read',
      'aws_secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]',
      'aws-secret-access-key',
      0
    ],
    [
      'a session token assignment',
      `AWS_SESSION_TOKEN=${session}`,
      'aws-session-token',
      1
    ],
    [
      'a session token in a dict',
      `{'sessionToken': '${session}'}`,
      'aws-session-token',
      1
    ],
    [
      'the documented example session token',
      `"SessionToken": "AQoEXAMPLEH4aoAH0gNCAPyJxz4BlCFFxWNE1OPTgk5TthT${fakeToken(200, B64, 'ex')}"`,
      'aws-session-token',
      0
    ],
    [
      'a session token read from a dict',
      'token = creds["sessionToken"]',
      'aws-session-token',
      0
    ]
  ])('should handle %s', (_reason, text, ruleId, expected) => {
    expect(idsIn(text).filter(r => r === ruleId)).toHaveLength(expected);
  });

  it.each([
    ['alone', `key_id = "${id}"`, 'warning'],
    ['paired with its secret key', `creds = ("${id}", "${secret}")`, 'error']
  ])('should rate an access key id %s as %s', (_how, text, severity) => {
    const found = new Scanner()
      .scanText(text)
      .filter(f => f.ruleId === 'aws-access-key-id');
    expect(found.map(f => f.severity)).toEqual([severity]);
  });

  it.each([
    [
      'stream output',
      {
        output_type: 'stream',
        name: 'stdout',
        text: `{'accessKeyId': '${temp}', 'secretAccessKey': '${secret}'}\n`
      }
    ],
    [
      'a traceback with ANSI codes',
      {
        output_type: 'error',
        ename: 'E',
        evalue: '',
        traceback: [
          `\u001b[0;31mClientError\u001b[0m: aws_secret_access_key=\u001b[1m${secret}\u001b[0m`
        ]
      }
    ]
  ])('should find the secret key in %s', (_where, output) => {
    expect(idsInOutput(output)).toContain('aws-secret-access-key');
  });
});
