/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { near, rotate } from '../shared';

/** Where Firecrawl is named: its client, its host, its variable. */
const FIRECRAWL = /firecrawl/i;

/**
 * Firecrawl API keys (`fc-` and 32 hex digits). The prefix is short, so a key counts only
 * where Firecrawl is named nearby.
 */
export const firecrawlApiKey: IRule = {
  id: 'firecrawl-api-key',
  title: 'Firecrawl API key',
  severity: 'error',
  description:
    'A Firecrawl API key spends the scrape and crawl credits of its team: anyone who reads the notebook can use them up or run up a bill.',
  remediation: rotate('Firecrawl (the dashboard’s API Keys page)'),
  revokeUrl: 'https://www.firecrawl.dev/app/api-keys',
  envName: 'FIRECRAWL_API_KEY',
  keywords: ['firecrawl'],
  pattern: /(?<![A-Za-z0-9_-])(fc-[0-9a-f]{32})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  priority: 2,
  minEntropy: 3,
  validate: (_secret, context) => near(context, FIRECRAWL, 300),
  samples: {
    positive: [
      `app = FirecrawlApp(api_key="fc-${fakeToken(32, HEX, 'fc')}")`,
      `%env FIRECRAWL_API_KEY=fc-${fakeToken(32, HEX, 'fc2')}`
    ],
    negative: [
      `cluster_id = "fc-${fakeToken(32, HEX, 'fc3')}"`,
      'app = FirecrawlApp(api_key="fc-YOUR_API_KEY")',
      `FIRECRAWL_API_KEY=fc-${'0'.repeat(32)}`
    ]
  }
};
