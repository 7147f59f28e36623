import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { s3CompatibleRule } from './s3-compatible';

/** Ceph RADOS Gateway S3 secret keys (40 characters), next to a Ceph or RGW endpoint. */
export const cephRgwSecretKey: IRule = s3CompatibleRule({
  id: 'ceph-rgw-secret-key',
  provider: 'Ceph RADOS Gateway',
  context: /ceph|radosgw|\brgw\b/i,
  keywords: ['ceph', 'radosgw', 'rgw'],
  value: '[A-Za-z0-9+/]{40}',
  where: 'your Ceph administrators (radosgw-admin key rm)',
  revokeUrl: 'https://docs.ceph.com/en/latest/radosgw/admin/',
  envName: 'S3_SECRET_KEY',
  samples: {
    positive: [
      `s3 = boto3.client("s3", endpoint_url="https://rgw.ceph.lab.org", aws_access_key_id="${fakeToken(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 'ceph')}", aws_secret_access_key="${fakeToken(40, ALNUM, 'ceph2')}")`
    ],
    negative: [
      '# our Ceph cluster: ask for keys with radosgw-admin user create'
    ]
  }
});
