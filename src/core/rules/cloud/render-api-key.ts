/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { mixedCase, rotate } from '../shared';

/** Render API keys (`rnd_` and 32 letters and digits). */
export const renderApiKey: IRule = {
  id: 'render-api-key',
  title: 'Render API key',
  severity: 'error',
  description:
    'A Render API key manages every service, database and environment group (with its secrets) of your Render workspaces.',
  remediation: rotate('Render (Account settings › API Keys)'),
  revokeUrl: 'https://dashboard.render.com/u/settings#api-keys',
  envName: 'RENDER_API_KEY',
  keywords: ['rnd_'],
  pattern: /(?<![A-Za-z0-9_])(rnd_[A-Za-z0-9]{32})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: mixedCase,
  samples: {
    positive: [`RENDER_API_KEY=rnd_${fakeToken(32, ALNUM, 'rnd')}`],
    negative: ['rnd_state = np.random.RandomState(0)', 'rnd_' + 'x'.repeat(32)]
  }
};
