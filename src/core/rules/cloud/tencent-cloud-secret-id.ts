/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IMatchContext, IRule, Severity } from '../../types';
import { ALNUM } from '../alphabets';
import { near, rotate } from '../shared';

/** Tencent Cloud SecretIds (`AKID` and 32 characters); an error with a SecretKey nearby. */
export const tencentCloudSecretId: IRule = {
  id: 'tencent-cloud-secret-id',
  title: 'Tencent Cloud SecretId',
  severity: 'warning',
  description:
    'A Tencent Cloud SecretId names an API key pair; with its SecretKey next to it, anyone can use your Tencent Cloud account.',
  remediation: rotate('the Tencent Cloud CAM console (API keys)'),
  revokeUrl: 'https://console.cloud.tencent.com/cam/capi',
  envName: 'TENCENTCLOUD_SECRET_ID',
  keywords: ['akid'],
  pattern: /(?<![A-Za-z0-9])(AKID[A-Za-z0-9]{32})(?![A-Za-z0-9])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  validate: (id: string, context: IMatchContext): Severity | boolean =>
    near(context, /secret_?key|SecretKey/, 300)
      ? 'error'
      : /[a-z]/.test(id.slice(4)) && /[A-Z]/.test(id.slice(4)),
  samples: {
    positive: [
      `cred = credential.Credential("AKID${fakeToken(32, ALNUM, 'tc1')}", "${fakeToken(32, ALNUM, 'tc2')}")`
    ],
    negative: ['AKID' + 'X'.repeat(32)]
  }
};
