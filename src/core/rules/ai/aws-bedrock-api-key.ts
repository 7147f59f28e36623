/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { decodeBase64, encodeBase64Url } from '../../base64';
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { LOWER_ALNUM } from '../alphabets';
import { BASE64 } from '../shared';

/**
 * What a long-term key decodes to after its `ABSK` prefix: the credential's service user
 * name, which IAM builds as `<IAM user>-at-<12-digit account id>` (the console's user is
 * `BedrockAPIKey-` and four characters), a colon, and the secret. IAM user names are at
 * most 64 characters of letters, digits and `_+=,.@-`.
 */
const DECODED = /^[\w+=,.@-]{1,64}-at-\d{12}:[\x21-\x7e]{20,200}$/;

/** Standard, padded base64 of an ASCII string, for the samples. */
function base64(text: string): string {
  const url = encodeBase64Url(text).replace(/-/g, '+').replace(/_/g, '/');
  return url + '='.repeat((4 - (url.length % 4)) % 4);
}

/** A long-term Bedrock API key of the documented structure, made at run time. */
const fakeKey = (seed: string): string =>
  'ABSK' +
  base64(
    `BedrockAPIKey-${fakeToken(4, LOWER_ALNUM, `${seed}-user`)}-at-${fakeToken(12, '0123456789', `${seed}-account`)}:${fakeToken(59, BASE64, `${seed}-secret`)}=`
  );

/**
 * Amazon Bedrock long-term API keys: `ABSK`, then the base64 of an IAM service-specific
 * credential (`<user>-at-<account>:<secret>`), sent as a bearer token or through
 * `AWS_BEARER_TOKEN_BEDROCK`. The decoded structure is checked, so random base64 that
 * happens to start with `ABSK` is not reported. Short-term keys (`bedrock-api-key-…`, a
 * pre-signed URL valid for at most 12 hours) are not covered here.
 */
export const awsBedrockApiKey: IRule = {
  id: 'aws-bedrock-api-key',
  title: 'Amazon Bedrock API key',
  severity: 'error',
  description:
    'A long-term Amazon Bedrock API key belongs to an IAM user (by default with the AmazonBedrockLimitedAccess policy) and stays valid until it expires or is deleted: anyone who reads it can invoke models, and manage Bedrock resources, on your AWS bill.',
  remediation:
    'Prefer short-term Bedrock API keys or temporary AWS credentials, and read AWS_BEARER_TOKEN_BEDROCK from the hub secret store. If a key was shared, deactivate and delete it in IAM (the user’s Security credentials › API keys for Amazon Bedrock) and create a new one.',
  revokeUrl: 'https://console.aws.amazon.com/iam/home#/users',
  envName: 'AWS_BEARER_TOKEN_BEDROCK',
  keywords: ['absk'],
  mustContain: 'ABSK',
  pattern:
    /(?<![A-Za-z0-9+/_-])(ABSK[A-Za-z0-9+/]{80,400}={0,2})(?![A-Za-z0-9+/=_-])/g,
  secretGroup: 1,
  priority: 2,
  validate: secret => {
    const decoded = decodeBase64(secret.slice(4));
    return decoded !== null && DECODED.test(decoded);
  },
  samples: {
    positive: [
      `os.environ["AWS_BEARER_TOKEN_BEDROCK"] = "${fakeKey('bedrock')}"`,
      `!curl -H "Authorization: Bearer ${fakeKey('bedrock2')}" https://bedrock-runtime.us-east-1.amazonaws.com/model/m/converse`
    ],
    negative: [
      'export AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS0...',
      // Random base64 after the prefix: it does not decode to a credential.
      `blob = "ABSK${fakeToken(124, BASE64, 'bedrock3')}"`,
      // No `-at-<account>`: not a service-specific credential.
      `token = "ABSK${base64(`BedrockAPIKey-${fakeToken(4, LOWER_ALNUM, 'bedrock4')}:${fakeToken(59, BASE64, 'bedrock5')}=`)}"`
    ]
  }
};
