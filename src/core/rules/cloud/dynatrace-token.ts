/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { UPPER_ALNUM } from '../alphabets';
import { rotate } from '../shared';

/** Dynatrace API and platform tokens (`dt0c01.`, `dt0s01.`…). */
export const dynatraceToken: IRule = {
  id: 'dynatrace-token',
  title: 'Dynatrace token',
  severity: 'error',
  description:
    'A Dynatrace token reads monitoring data (logs, traces, which hold request details) and changes the settings its scopes allow.',
  remediation: rotate('Dynatrace (Access tokens)'),
  revokeUrl:
    'https://docs.dynatrace.com/docs/manage/access-control/access-tokens',
  envName: 'DT_API_TOKEN',
  keywords: ['dt0c', 'dt0s'],
  pattern:
    /(?<![A-Za-z0-9_.-])(dt0[cs]\d{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![A-Za-z0-9_.-])/g,
  secretGroup: 1,
  minEntropy: 4,
  samples: {
    positive: [
      `DT_API_TOKEN=dt0c01.${fakeToken(24, UPPER_ALNUM, 'dt1')}.${fakeToken(64, UPPER_ALNUM, 'dt2')}`
    ],
    negative: [`dt0c01.${'X'.repeat(24)}.${'X'.repeat(64)}`]
  }
};
