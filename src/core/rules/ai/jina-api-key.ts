/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM, HEX } from '../alphabets';
import { rotate } from '../shared';

/** Jina AI API keys (`jina_`): Reader, Search, Embeddings and Reranker. */
export const jinaApiKey: IRule = {
  id: 'jina-api-key',
  title: 'Jina AI API key',
  severity: 'error',
  description:
    'A Jina AI API key spends the token balance of its key (Reader, Search, Embeddings, Reranker); a topped-up key is paid credit that anyone who reads the notebook can use.',
  remediation: rotate('Jina AI (jina.ai › API › API Key & Billing)'),
  revokeUrl: 'https://jina.ai/',
  envName: 'JINA_API_KEY',
  keywords: ['jina_'],
  // The key itself has no underscore after the prefix: model and variable names do.
  pattern: /(?<![A-Za-z0-9_-])(jina_[A-Za-z0-9]{40,100})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  priority: 2,
  minEntropy: 4,
  validate: secret => /\d/.test(secret) && /[a-z]/i.test(secret.slice(5)),
  samples: {
    positive: [
      `headers = {"Authorization": "Bearer jina_${fakeToken(32, HEX, 'jina1')}${fakeToken(28, ALNUM, 'jina2')}"}`,
      `JINA_API_KEY=jina_${fakeToken(60, ALNUM, 'jina3')}`
    ],
    negative: [
      'model = "jina_embeddings_v2_base_en_multilingual_retrieval"',
      'jina_' + 'x'.repeat(60),
      'JINA_API_KEY=jina_...'
    ]
  }
};
