/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { BASE64URL, HEX } from '../alphabets';
import { mixedCase, rotate } from '../shared';

/** Atlassian API tokens (`ATATT3…`) and Confluence/Jira admin API keys (`ATCTT3…`). */
export const atlassianApiToken: IRule = {
  id: 'atlassian-api-token',
  title: 'Atlassian API token',
  severity: 'error',
  description:
    'An Atlassian API token acts as you in Jira, Confluence and Bitbucket Cloud: read and change every issue, page and repository you can.',
  remediation: rotate('your Atlassian account (Security › API tokens)'),
  revokeUrl: 'https://id.atlassian.com/manage-profile/security/api-tokens',
  envName: 'ATLASSIAN_API_TOKEN',
  keywords: ['atatt3', 'atctt3'],
  pattern:
    /(?<![A-Za-z0-9_-])(AT[AC]TT3[A-Za-z0-9_=-]{150,250})(?![A-Za-z0-9_=-])/g,
  secretGroup: 1,
  minEntropy: 4.5,
  validate: mixedCase,
  samples: {
    positive: [
      `jira = JIRA(server, basic_auth=("me@lab.org", "ATATT3${fakeToken(170, BASE64URL, 'atl')}=${fakeToken(8, HEX, 'atl2')}"))`
    ],
    negative: ['ATATT3' + 'x'.repeat(180)]
  }
};
