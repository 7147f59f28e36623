/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { BASE64URL } from '../alphabets';
import { mixedCase, rotate } from '../shared';

/** Yandex Cloud API keys (`AQVN`) and Yandex OAuth tokens (`y0_`…`y3_`). */
export const yandexCloudKey: IRule = {
  id: 'yandex-cloud-key',
  title: 'Yandex Cloud API key or OAuth token',
  severity: 'error',
  description:
    'A Yandex Cloud API key or OAuth token acts as its service account or user on Yandex Cloud and bills it.',
  remediation: rotate('the Yandex Cloud console (service account › API keys)'),
  revokeUrl: 'https://console.yandex.cloud/iam',
  envName: 'YC_API_KEY',
  keywords: ['aqvn', 'y0_', 'y1_', 'y2_', 'y3_'],
  pattern:
    /(?<![A-Za-z0-9_-])(AQVN[A-Za-z0-9_-]{35,38}|y[0-3]_[A-Za-z0-9_-]{55})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: mixedCase,
  samples: {
    positive: [
      `headers = {"Authorization": "Api-Key AQVN${fakeToken(36, BASE64URL, 'yc')}"}`,
      `YC_TOKEN=y0_${fakeToken(55, BASE64URL, 'yc2')}`
    ],
    negative: ['AQVN' + 'x'.repeat(36), 'y0_pred = model.predict(x0_test)']
  }
};
