/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { rotate } from '../shared';

/** Pulumi access tokens (`pul-` and 40 hex digits). */
export const pulumiAccessToken: IRule = {
  id: 'pulumi-access-token',
  title: 'Pulumi access token',
  severity: 'error',
  description:
    'A Pulumi access token runs updates on your stacks and reads their state and configuration secrets.',
  remediation: rotate('Pulumi Cloud (Personal settings › Access tokens)'),
  revokeUrl: 'https://app.pulumi.com/account/tokens',
  envName: 'PULUMI_ACCESS_TOKEN',
  keywords: ['pul-'],
  pattern: /(?<![A-Za-z0-9_-])(pul-[0-9a-f]{40})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [`PULUMI_ACCESS_TOKEN=pul-${fakeToken(40, HEX, 'pul')}`],
    negative: ['pul-' + '0'.repeat(40), 'pul-request']
  }
};
