/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IMatchContext, IRule, Severity } from '../../types';
import { HEX, UPPER_ALNUM } from '../alphabets';
import { namedValue } from '../named-value';
import { rotate } from '../shared';

const named = namedValue({
  vendor: 'algolia',
  value: '[0-9a-f]{32}',
  name: /key|token|secret/i,
  context: /algolia(?:search|net\.com|\.net)|searchclient/i,
  call: `(?:algoliasearch(?:\\.Client)?|SearchClient(?:Sync)?(?:\\.create)?)\\([ \\t]{0,3}["'][A-Z0-9]{10}["'][ \\t]{0,3},[ \\t]{0,3}["']([0-9a-f]{32})["']`
});

/**
 * Algolia API keys (32 hex digits) under an Algolia name, as the second argument of an
 * Algolia client (after the 10-character application id), or under a generic name next
 * to the client. Search-only keys are meant for web pages: they are reported as a note.
 */
export const algoliaApiKey: IRule = {
  id: 'algolia-api-key',
  title: 'Algolia API key',
  severity: 'error',
  description:
    'An Algolia admin or write API key adds, changes and deletes the records, indices and settings of your Algolia application.',
  remediation: rotate('the Algolia dashboard (Settings › API Keys)'),
  revokeUrl: 'https://dashboard.algolia.com/account/api-keys',
  envName: 'ALGOLIA_API_KEY',
  keywords: ['algolia', 'searchclient'],
  priority: 2,
  ...named,
  validate: (secret: string, context: IMatchContext): boolean | Severity => {
    if (!named.validate!(secret, context)) {
      return false;
    }
    const before = context.match[0].slice(
      0,
      context.start - context.match.index
    );
    return /search/i.test(before.replace(/algoliasearch|searchclient/gi, ''))
      ? 'info'
      : true;
  },
  samples: {
    positive: [
      `ALGOLIA_ADMIN_KEY = "${fakeToken(32, HEX, 'algolia')}"`,
      `client = algoliasearch("${fakeToken(10, UPPER_ALNUM, 'algolia-app')}", "${fakeToken(32, HEX, 'algolia-2')}")`
    ],
    negative: [
      `ALGOLIA_APP_ID = "${fakeToken(10, UPPER_ALNUM, 'algolia-app-2')}"`,
      `algolia_index_hash = "${fakeToken(32, HEX, 'algolia-hash')}"`
    ]
  }
};
