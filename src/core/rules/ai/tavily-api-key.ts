/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { mixedCase, rotate } from '../shared';

/** Tavily search API keys (`tvly-`, development and production keys). */
export const tavilyApiKey: IRule = {
  id: 'tavily-api-key',
  title: 'Tavily API key',
  severity: 'error',
  description:
    'A Tavily API key spends the search and extract credits of its account: anyone who reads the notebook can use them up or run up a bill.',
  remediation: rotate('the Tavily platform (Overview › API Keys)'),
  revokeUrl: 'https://app.tavily.com/',
  envName: 'TAVILY_API_KEY',
  keywords: ['tvly-'],
  pattern:
    /(?<![A-Za-z0-9_-])(tvly-(?:(?:dev|prod)-)?[A-Za-z0-9]{24,64})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  priority: 2,
  minEntropy: 3.5,
  validate: secret => mixedCase(secret.replace(/^tvly-(?:(?:dev|prod)-)?/, '')),
  samples: {
    positive: [
      `tavily_client = TavilyClient(api_key="tvly-${fakeToken(32, ALNUM, 'tvly')}")`,
      `%env TAVILY_API_KEY=tvly-dev-${fakeToken(32, ALNUM, 'tvly2')}`
    ],
    negative: [
      'TavilyClient(api_key="tvly-YOUR_API_KEY")',
      'tvly-' + 'x'.repeat(32)
    ]
  }
};
