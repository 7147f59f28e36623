/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeHex } from '../fake-credentials';
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { near, rotate } from './shared';

const REMEDIATION = `Keep kaggle.json in ~/.kaggle with mode 600, or set KAGGLE_USERNAME / KAGGLE_KEY from the hub secret store. ${rotate('Kaggle (Settings › API)')}`;

/** Kaggle legacy API keys: the `key` of kaggle.json, or KAGGLE_KEY. */
export const kaggleApiKey: IRule = {
  id: 'kaggle-api-key',
  title: 'Kaggle API key',
  severity: 'error',
  description:
    'A Kaggle key acts as your Kaggle account: download competition data under your name, publish notebooks and datasets, join competitions.',
  remediation: REMEDIATION,
  revokeUrl: 'https://www.kaggle.com/settings',
  envName: 'KAGGLE_KEY',
  keywords: ['kaggle_key', 'key'],
  pattern:
    /(?:(KAGGLE_KEY|kaggle_key)|\\?["']key\\?["'])\\?["']?\]?(?:\s{0,3}[:=]\s{0,3}|[ \t]{1,3})\\?["']?([0-9a-f]{32})(?![0-9a-f])/g,
  secretGroup: 2,
  minEntropy: 3,
  validate: (_secret, context) =>
    context.match[1] !== undefined || near(context, /username|kaggle/i, 200),
  samples: {
    positive: [
      `{"username":"someone","key":"${fakeHex(32)}"}`,
      `os.environ["KAGGLE_KEY"] = "${fakeHex(32)}"`,
      `!echo '{"username":"me","key":"${fakeHex(32)}"}' > ~/.kaggle/kaggle.json`
    ],
    negative: [
      `{"key": "${fakeHex(32)}"}`,
      '{"username":"me","key":"<your key>"}'
    ]
  }
};

/** Kaggle API tokens (`KGAT_`). */
export const kaggleApiToken: IRule = {
  id: 'kaggle-api-token',
  title: 'Kaggle API token',
  severity: 'error',
  description:
    'A Kaggle API token acts as your Kaggle account for everything the API can do.',
  remediation: REMEDIATION,
  revokeUrl: 'https://www.kaggle.com/settings',
  envName: 'KAGGLE_API_TOKEN',
  keywords: ['kgat_'],
  pattern: /(?<![A-Za-z0-9_])(KGAT_[A-Za-z0-9]{24,64})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [`%env KAGGLE_API_TOKEN=KGAT_${fakeToken(32)}`],
    negative: ['KGAT_' + 'x'.repeat(32)]
  }
};
