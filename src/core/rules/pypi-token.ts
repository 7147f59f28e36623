/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { rotate, URL_SAFE } from './shared';

/** PyPI API tokens: macaroons starting `pypi-AgEIcHlwaS5vcmc` (test.pypi.org too). */
export const pypiToken: IRule = {
  id: 'pypi-token',
  title: 'PyPI API token',
  severity: 'error',
  description:
    'A PyPI token can upload new releases of your packages: a supply-chain risk for everyone who installs them.',
  remediation: `Use trusted publishing from CI or keep the token in ~/.pypirc outside the notebook (TWINE_PASSWORD). ${rotate('PyPI (Account settings › API tokens)')}`,
  revokeUrl: 'https://pypi.org/manage/account/token/',
  envName: 'TWINE_PASSWORD',
  keywords: ['pypi-ag'],
  pattern:
    /(pypi-Ag(?:EIcHlwaS5vcmc|ENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 4,
  samples: {
    positive: [
      `!twine upload -u __token__ -p pypi-AgEIcHlwaS5vcmc${fakeToken(120, URL_SAFE)} dist/*`
    ],
    negative: [
      'password = pypi-AgEIcHlwaS5vcmc...',
      'pypi-AgEIcHlwaS5vcmc' + 'A'.repeat(60)
    ]
  }
};
