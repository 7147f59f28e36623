/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IMatchContext, IRule, Severity } from '../../types';
import { ALNUM } from '../alphabets';
import { near, rotate } from '../shared';

/** A 30-character Alibaba AccessKey secret candidate near an AccessKey id. */
const ALIBABA_SECRET_NEARBY =
  /(?<![A-Za-z0-9])(?=[A-Za-z0-9]{0,29}[a-z])(?=[A-Za-z0-9]{0,29}[A-Z])[A-Za-z0-9]{30}(?![A-Za-z0-9])/;

/** Alibaba Cloud AccessKey ids (`LTAI`); an error with a secret next to them. */
export const alibabaAccessKeyId: IRule = {
  id: 'alibaba-access-key-id',
  title: 'Alibaba Cloud AccessKey id',
  severity: 'warning',
  description:
    'An Alibaba Cloud AccessKey id names a key pair; with its secret next to it, anyone can use your Alibaba Cloud account.',
  remediation: rotate('the RAM console (AccessKey management)'),
  revokeUrl: 'https://ram.console.aliyun.com/manage/ak',
  envName: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
  keywords: ['ltai'],
  pattern: /(?<![A-Za-z0-9])(LTAI[A-Za-z0-9]{12,20})(?![A-Za-z0-9])/g,
  secretGroup: 1,
  minEntropy: 3,
  validate: (_id: string, context: IMatchContext): Severity | boolean =>
    near(context, ALIBABA_SECRET_NEARBY, 300)
      ? 'error'
      : /[a-z]/.test(_id.slice(4)) && /[A-Z]/.test(_id.slice(4)),
  samples: {
    positive: [
      `auth = oss2.Auth("LTAI${fakeToken(20, ALNUM, 'ali1')}", "${fakeToken(30, ALNUM, 'ali2')}")`,
      `ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI${fakeToken(16, ALNUM, 'ali3')}`
    ],
    negative: ['LTAI' + 'X'.repeat(16), 'SALTAIR beach']
  }
};
