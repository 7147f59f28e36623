/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { BASE64URL } from '../alphabets';
import { rotate } from '../shared';

/** Frame.io developer tokens (`fio-u-` + 64 URL-safe characters). */
export const frameioToken: IRule = {
  id: 'frameio-token',
  title: 'Frame.io developer token',
  severity: 'error',
  description:
    'A Frame.io developer token reads, uploads and shares the media and review comments of the accounts its user belongs to.',
  remediation: rotate('the Frame.io developer site (Tokens)'),
  revokeUrl: 'https://developer.frame.io/app/tokens',
  envName: 'FRAMEIO_TOKEN',
  keywords: ['fio-u-'],
  pattern: /(?<![A-Za-z0-9_-])(fio-u-[A-Za-z0-9_=-]{64})(?![A-Za-z0-9_=-])/g,
  secretGroup: 1,
  minEntropy: 4,
  samples: {
    positive: [`FRAMEIO_TOKEN=fio-u-${fakeToken(64, BASE64URL, 'fio')}`],
    negative: ['fio-u-' + 'x'.repeat(64), 'fio-u-token-here']
  }
};
