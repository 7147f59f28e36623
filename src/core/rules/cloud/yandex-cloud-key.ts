/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { BASE64URL } from '../alphabets';
import { mixedCase, rotate } from '../shared';

/**
 * Yandex Cloud API keys (`AQVN`).
 *
 * Notes: Yandex OAuth tokens (`y0_`…) are left out: a keyword as short as `y0_` is anchored
 * on a pair (`y0`) that base64 image data is full of, which made the keyword prefilter
 * measurably slower on the benchmark corpus.
 */
export const yandexCloudKey: IRule = {
  id: 'yandex-cloud-key',
  title: 'Yandex Cloud API key',
  severity: 'error',
  description:
    'A Yandex Cloud API key acts as its service account on Yandex Cloud and bills it.',
  remediation: rotate('the Yandex Cloud console (service account › API keys)'),
  revokeUrl: 'https://console.yandex.cloud/iam',
  envName: 'YC_API_KEY',
  keywords: ['aqvn'],
  pattern: /(?<![A-Za-z0-9_-])(AQVN[A-Za-z0-9_-]{35,38})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: mixedCase,
  samples: {
    positive: [
      `headers = {"Authorization": "Api-Key AQVN${fakeToken(36, BASE64URL, 'yc')}"}`
    ],
    negative: ['AQVN' + 'x'.repeat(36), 'AQVNTUE = 3']
  }
};
