import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { s3CompatibleRule } from './s3-compatible';

/** Cloudflare R2 secret access keys (64 hex), next to an r2.cloudflarestorage.com endpoint. */
export const cloudflareR2SecretKey: IRule = s3CompatibleRule({
  id: 'cloudflare-r2-secret-key',
  provider: 'Cloudflare R2',
  context: /r2\.cloudflarestorage\.com/i,
  keywords: ['r2.cloudflarestorage.com'],
  value: '[0-9a-f]{64}',
  where: 'the Cloudflare dashboard (R2 › Manage API tokens)',
  revokeUrl: 'https://dash.cloudflare.com/?to=/:account/r2/api-tokens',
  envName: 'R2_SECRET_ACCESS_KEY',
  samples: {
    positive: [
      `s3 = boto3.client("s3", endpoint_url="https://acct.r2.cloudflarestorage.com", aws_access_key_id="${fakeToken(32, HEX, 'r2a')}", aws_secret_access_key="${fakeToken(64, HEX, 'r2b')}")`
    ],
    negative: [`aws_secret_access_key = "${fakeToken(64, HEX, 'r2c')}"`]
  }
});
