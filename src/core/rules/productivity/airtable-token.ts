/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM, HEX } from '../alphabets';
import { rotate } from '../shared';

/** Airtable personal access tokens (`pat` + 14, `.`, 64 hex) next to Airtable code. */
export const airtableToken: IRule = {
  id: 'airtable-token',
  title: 'Airtable personal access token',
  severity: 'error',
  description:
    'An Airtable token reads and writes the bases it was granted, with their records and attachments.',
  remediation: rotate('Airtable (Builder hub › Personal access tokens)'),
  revokeUrl: 'https://airtable.com/create/tokens',
  envName: 'AIRTABLE_API_KEY',
  // Not `pat`: it starts "path" and "pattern" in most notebooks.
  keywords: ['airtable'],
  pattern:
    /(?<![A-Za-z0-9_])(pat[A-Za-z0-9]{14}\.[0-9a-f]{64})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 4,
  samples: {
    positive: [
      `api = pyairtable.Api("pat${fakeToken(14, ALNUM, 'air')}.${fakeToken(64, HEX, 'air2')}")`
    ],
    negative: [`airtable_base = "app${fakeToken(14, ALNUM, 'air3')}"`]
  }
};
