/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM, HEX } from '../alphabets';
import { namedValue } from '../named-value';
import { mixedCase, rotate } from '../shared';

/** Cohere API keys (40 letters and digits), recognised by their name or client. */
export const cohereApiKey: IRule = {
  id: 'cohere-api-key',
  title: 'Cohere API key',
  severity: 'error',
  description:
    'A Cohere API key bills its account for every request and reads its datasets and fine-tuned models.',
  remediation: rotate('the Cohere dashboard (API Keys)'),
  revokeUrl: 'https://dashboard.cohere.com/api-keys',
  envName: 'COHERE_API_KEY',
  keywords: ['cohere', 'co_api_key'],
  ...namedValue({
    vendor: 'cohere|co_api_key',
    value: '[A-Za-z0-9]{40}',
    check: mixedCase
  }),
  samples: {
    positive: [
      `co = cohere.ClientV2(api_key="${fakeToken(40, ALNUM, 'cohere')}")`,
      `%env COHERE_API_KEY=${fakeToken(40, ALNUM, 'cohere2')}`
    ],
    negative: [
      'co = cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"])',
      `cohere_model_hash = "${fakeToken(40, HEX, 'cohere-sha')}"` // hex: a hash
    ]
  }
};
