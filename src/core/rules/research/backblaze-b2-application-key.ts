import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM, HEX } from '../alphabets';
import { s3CompatibleRule } from './s3-compatible';

/** Backblaze B2 application keys (`K` and 3 digits, 31 characters), next to the B2 endpoint or SDK. */
export const backblazeB2ApplicationKey: IRule = s3CompatibleRule({
  id: 'backblaze-b2-application-key',
  provider: 'Backblaze B2',
  context: /backblazeb2\.com|b2sdk|\bb2_/i,
  keywords: ['backblazeb2', 'b2sdk', 'b2_'],
  value: 'K\\d{3}[A-Za-z0-9+/]{27}',
  where: 'Backblaze (App Keys)',
  revokeUrl: 'https://secure.backblaze.com/app_keys.htm',
  envName: 'B2_APPLICATION_KEY',
  samples: {
    positive: [
      `b2_api.authorize_account("production", "00${fakeToken(23, HEX, 'b2a')}", application_key="K005${fakeToken(27, ALNUM, 'b2b')}")  # b2sdk`,
      `s3 = boto3.resource("s3", endpoint_url="https://s3.us-west-004.backblazeb2.com", aws_secret_access_key="K004${fakeToken(27, ALNUM, 'b2c')}")`
    ],
    negative: [`secret = "K005${fakeToken(27, ALNUM, 'b2d')}"`]
  }
});
