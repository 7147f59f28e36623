import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { s3CompatibleRule } from './s3-compatible';

/** Wasabi secret keys (40 characters), next to a wasabisys.com endpoint. */
export const wasabiSecretKey: IRule = s3CompatibleRule({
  id: 'wasabi-secret-key',
  provider: 'Wasabi',
  context: /wasabisys\.com/i,
  keywords: ['wasabisys'],
  value: '[A-Za-z0-9+/]{40}',
  where: 'the Wasabi console (Access Keys)',
  revokeUrl: 'https://console.wasabisys.com/access_keys',
  envName: 'WASABI_SECRET_KEY',
  samples: {
    positive: [
      `fs = s3fs.S3FileSystem(key="${fakeToken(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 'wa')}", secret="${fakeToken(40, ALNUM, 'wb')}", client_kwargs={"endpoint_url": "https://s3.eu-central-1.wasabisys.com"})`
    ],
    negative: [
      `fs = s3fs.S3FileSystem(anon=True, client_kwargs={"endpoint_url": "https://s3.wasabisys.com"})`
    ]
  }
});
