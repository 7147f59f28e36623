/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IMatchContext, IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { mixedCase, near, rotate } from '../shared';

/** Notion integration tokens (`ntn_`, and the older `secret_` next to Notion code). */
export const notionToken: IRule = {
  id: 'notion-token',
  title: 'Notion integration token',
  severity: 'error',
  description:
    'A Notion integration token reads and edits every page and database shared with the integration.',
  remediation: rotate(
    'Notion (Settings › Connections › Develop or manage integrations)'
  ),
  revokeUrl: 'https://www.notion.so/my-integrations',
  envName: 'NOTION_TOKEN',
  keywords: ['ntn_', 'notion'],
  pattern:
    /(?<![A-Za-z0-9_])(ntn_[A-Za-z0-9]{40,50}|secret_[A-Za-z0-9]{43})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: (secret: string, context: IMatchContext): boolean =>
    mixedCase(secret) &&
    (secret.startsWith('ntn_') || near(context, /notion/i, 300)),
  samples: {
    positive: [
      `notion = Client(auth="ntn_${fakeToken(46, ALNUM, 'ntn')}")`,
      `NOTION_TOKEN = "secret_${fakeToken(43, ALNUM, 'ntn2')}"`
    ],
    negative: [`client_secret = "secret_${fakeToken(43, ALNUM, 'ntn3')}"`]
  }
};
