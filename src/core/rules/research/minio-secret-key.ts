import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { s3CompatibleRule } from './s3-compatible';

/** MinIO secret keys and root passwords, next to a MinIO client or variable. */
export const minioSecretKey: IRule = s3CompatibleRule({
  id: 'minio-secret-key',
  provider: 'MinIO',
  context: /minio/i,
  keywords: ['minio'],
  value: '[A-Za-z0-9+/=_-]{8,64}',
  where: 'the MinIO console (Access Keys) or with `mc admin user svcacct rm`',
  revokeUrl:
    'https://min.io/docs/minio/linux/administration/identity-access-management/minio-user-management.html',
  envName: 'MINIO_SECRET_KEY',
  samples: {
    positive: [
      `client = Minio("minio.lab.org:9000", access_key="lab", secret_key="${fakeToken(40, ALNUM, 'minio')}")`,
      `MINIO_ROOT_PASSWORD=${fakeToken(24, ALNUM, 'minio2')}`
    ],
    negative: [
      'client = Minio("play.min.io", access_key=key, secret_key=os.environ["MINIO_SECRET_KEY"])'
    ]
  }
});
