/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { namedValue } from '../named-value';
import { mixedCase, rotate } from '../shared';

/** Zendesk API tokens (40 characters) under a Zendesk name. */
export const zendeskApiToken: IRule = {
  id: 'zendesk-api-token',
  title: 'Zendesk API token',
  severity: 'error',
  description:
    'A Zendesk API token (with an agent’s email) reads and changes the tickets, users and settings that agent can.',
  remediation: rotate(
    'the Zendesk Admin Center (Apps and integrations › Zendesk API)'
  ),
  revokeUrl: 'https://support.zendesk.com/hc/en-us/articles/4408889192858',
  envName: 'ZENDESK_API_TOKEN',
  keywords: ['zendesk'],
  ...namedValue({
    vendor: 'zendesk',
    value: '[A-Za-z0-9]{40}',
    check: mixedCase
  }),
  samples: {
    positive: [`ZENDESK_API_TOKEN = "${fakeToken(40, ALNUM, 'zd')}"`],
    negative: ['ZENDESK_SUBDOMAIN = "lab-support"']
  }
};
