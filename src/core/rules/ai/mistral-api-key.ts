/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { namedValue } from '../named-value';
import { mixedCase, rotate } from '../shared';

/** Mistral AI API keys (32 letters and digits), recognised by their name or client. */
export const mistralApiKey: IRule = {
  id: 'mistral-api-key',
  title: 'Mistral AI API key',
  severity: 'error',
  description:
    'A Mistral AI API key bills its workspace for every request made with it; anyone who reads the notebook can use it.',
  remediation: rotate('Mistral AI (La Plateforme › API keys)'),
  revokeUrl: 'https://console.mistral.ai/api-keys/',
  envName: 'MISTRAL_API_KEY',
  keywords: ['mistral'],
  ...namedValue({
    vendor: 'mistral',
    value: '[A-Za-z0-9]{32}',
    check: mixedCase
  }),
  samples: {
    positive: [
      `client = Mistral(api_key="${fakeToken(32, ALNUM, 'mistral')}")`,
      `MISTRAL_API_KEY='${fakeToken(32, ALNUM, 'mistral2')}'`
    ],
    negative: [
      'model = "mistral-large-latest"',
      'client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])'
    ]
  }
};
