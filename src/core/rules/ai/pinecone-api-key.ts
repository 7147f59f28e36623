/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { mixedCase, rotate } from '../shared';

/** Pinecone API keys (`pcsk_`, since 2024). */
export const pineconeApiKey: IRule = {
  id: 'pinecone-api-key',
  title: 'Pinecone API key',
  severity: 'error',
  description:
    'A Pinecone API key reads, writes and deletes the vectors and metadata of every index in its project.',
  remediation: rotate('the Pinecone console (API keys)'),
  revokeUrl: 'https://app.pinecone.io/',
  envName: 'PINECONE_API_KEY',
  keywords: ['pcsk_'],
  pattern:
    /(?<![A-Za-z0-9_])(pcsk_[A-Za-z0-9]{4,12}_[A-Za-z0-9]{40,120})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: mixedCase,
  samples: {
    positive: [
      `pc = Pinecone(api_key="pcsk_${fakeToken(6, ALNUM, 'pc1')}_${fakeToken(64, ALNUM, 'pc2')}")`
    ],
    negative: [`pcsk_${'x'.repeat(6)}_${'x'.repeat(64)}`, 'pcsk_...']
  }
};
