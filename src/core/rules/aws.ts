/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeAwsKeyId, fakeAwsSecret } from '../fake-credentials';
import { fakeToken } from '../fake-token';
import { IMatchContext, IRule, Severity } from '../types';
import { entropy } from '../entropy';
import { mixedCase, near } from './shared';

const REMEDIATION =
  'Use an instance role, `aws configure` outside the notebook, or environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY) from the hub secret store. If the key was saved or shared, deactivate and rotate it in IAM.';
const REVOKE = 'https://console.aws.amazon.com/iam/home#/security_credentials';
const KEY_ID = /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Z0-9])/;

/** A 40-character secret-key candidate (letters of both cases and a digit). */
const SECRET_NEARBY =
  /(?<![A-Za-z0-9/+=])(?=[A-Za-z0-9/+]{0,39}[a-z])(?=[A-Za-z0-9/+]{0,39}[A-Z])(?=[A-Za-z0-9/+]{0,39}\d)[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/;

/** An id with its secret key next to it is a usable pair: an error, not a warning. */
function pairedSeverity(_id: string, context: IMatchContext): Severity | true {
  return near(context, SECRET_NEARBY, 400) ? 'error' : true;
}

/** AWS access key ids; the id alone is not a secret, but it names one. */
export const awsAccessKeyId: IRule = {
  id: 'aws-access-key-id',
  title: 'AWS access key id',
  severity: 'warning',
  description:
    'An AWS access key id identifies a key pair; next to it in a notebook there is usually the secret key that lets anyone use your AWS account.',
  remediation: REMEDIATION,
  revokeUrl: REVOKE,
  envName: 'AWS_ACCESS_KEY_ID',
  keywords: ['akia', 'asia', 'abia', 'acca'],
  pattern:
    /(?<![A-Za-z0-9])((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])/g,
  secretGroup: 1,
  minEntropy: 2.5,
  validate: pairedSeverity,
  samples: {
    positive: [
      `aws_access_key_id = ${fakeAwsKeyId()}`,
      `%env AWS_ACCESS_KEY_ID=${fakeAwsKeyId('ASIA')}`
    ],
    negative: ['AKIAIOSFODNN7EXAMPLE', 'AKIA' + 'X'.repeat(16)]
  }
};

/** Accept a lone 40-character candidate only with its key id nearby (paired). */
function validateSecret(secret: string, context: IMatchContext): boolean {
  if (
    !mixedCase(secret) ||
    entropy(secret) < 4 ||
    /\/\/|^\/|\/$/.test(secret)
  ) {
    return false;
  }
  return context.match[1] !== undefined || near(context, KEY_ID, 400);
}

/** AWS secret access keys: after their name, or paired with an access key id. */
export const awsSecretAccessKey: IRule = {
  id: 'aws-secret-access-key',
  title: 'AWS secret access key',
  severity: 'error',
  description:
    'An AWS secret access key gives full use of the AWS account or role it belongs to: anyone who can read this notebook on the shared hub can spend money and read or delete data.',
  remediation: REMEDIATION,
  revokeUrl: REVOKE,
  envName: 'AWS_SECRET_ACCESS_KEY',
  // Not plain "aws": it is in every s3:// notebook, and the lone-candidate search is the
  // most expensive pattern; a name or a key id must be there for a finding anyway.
  keywords: [
    'secret_access',
    'secretaccess',
    'aws_secret',
    'awssecret',
    'akia',
    'asia'
  ],
  pattern:
    /(?:(aws_?secret_?access_?key|secret_?access_?key|aws_?secret_?key|aws_?secret)\\?["']?\]?(?:\s{0,3}(?:[:=]|=>)\s{0,3}|[ \t]{1,3})[rbu]?\\?["']?|(?<![A-Za-z0-9/+=]))([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
  secretGroup: 2,
  validate: validateSecret,
  priority: 1,
  samples: {
    positive: [
      `aws_secret_access_key = ${fakeAwsSecret()}`,
      `s3 = boto3.client("s3", aws_access_key_id="${fakeAwsKeyId()}", aws_secret_access_key="${fakeAwsSecret()}")`,
      `creds = ("${fakeAwsKeyId()}", "${fakeAwsSecret()}")`
    ],
    negative: [
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      `sha = "${fakeToken(40, '0123456789abcdef')}"  # aws`,
      `value = "${fakeAwsSecret()}"`, // no AWS context
      'aws_secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]'
    ]
  }
};

/** AWS session tokens (temporary credentials from STS, SSO or `earthaccess`). */
export const awsSessionToken: IRule = {
  id: 'aws-session-token',
  title: 'AWS session token',
  severity: 'error',
  description:
    'An AWS session token completes a set of temporary AWS credentials: until it expires, anyone who reads it can act with that role.',
  remediation: REMEDIATION,
  revokeUrl: REVOKE,
  envName: 'AWS_SESSION_TOKEN',
  keywords: [
    'session_token',
    'sessiontoken',
    'security_token',
    'security-token'
  ],
  pattern:
    /(?:aws_?session_?token|session_?token|aws_?security_?token|x-amz-security-token)\\?["']?\]?(?:\s{0,3}(?:[:=]|=>)\s{0,3}|[ \t]{1,3})[rbu]?\\?["']?([A-Za-z0-9/+=%]{100,4000})/gi,
  secretGroup: 1,
  minEntropy: 4,
  samples: {
    positive: [
      `AWS_SESSION_TOKEN=${fakeToken(300, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}`
    ],
    negative: [
      'aws_session_token = creds["SessionToken"]',
      `session_token = "${'A'.repeat(120)}"`
    ]
  }
};
