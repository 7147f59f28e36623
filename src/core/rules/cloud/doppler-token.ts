/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { mixedCase, rotate } from '../shared';

/** Doppler tokens: personal, service, service account, CLI, SCIM and audit (`dp.pt.`…). */
export const dopplerToken: IRule = {
  id: 'doppler-token',
  title: 'Doppler token',
  severity: 'error',
  description:
    'A Doppler token reads (and, for most kinds, writes) the secrets of the projects and configs it is scoped to: often every other key of the team.',
  remediation: rotate(
    'Doppler (the token’s project Access page or Team › Tokens)'
  ),
  revokeUrl: 'https://dashboard.doppler.com/workplace/tokens',
  envName: 'DOPPLER_TOKEN',
  keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
  pattern:
    /(?<![A-Za-z0-9_.-])(dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{1,40}\.)?[A-Za-z0-9]{40,44})(?![A-Za-z0-9_.-])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: mixedCase,
  samples: {
    positive: [
      `DOPPLER_TOKEN=dp.st.prd.${fakeToken(43, ALNUM, 'dpst')}`,
      `doppler_token = "dp.pt.${fakeToken(43, ALNUM, 'dppt')}"`
    ],
    negative: ['dp.pt.' + 'x'.repeat(43), 'import dp.st.utils']
  }
};
