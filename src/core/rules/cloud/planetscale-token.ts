/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { BASE64URL } from '../alphabets';
import { rotate } from '../shared';

/** PlanetScale service tokens, passwords and OAuth tokens (`pscale_tkn_`, `pscale_pw_`…). */
export const planetscaleToken: IRule = {
  id: 'planetscale-token',
  title: 'PlanetScale token or password',
  severity: 'error',
  description:
    'A PlanetScale service token or database password reads and writes the databases (and branches) it was created for.',
  remediation: rotate(
    'PlanetScale (organisation Settings › Service tokens, or the branch’s Passwords)'
  ),
  revokeUrl: 'https://app.planetscale.com/',
  envName: 'PLANETSCALE_SERVICE_TOKEN',
  keywords: ['pscale_'],
  pattern:
    /(?<![A-Za-z0-9_])(pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.-]{32,64})(?![A-Za-z0-9_.-])/g,
  secretGroup: 1,
  minEntropy: 4,
  samples: {
    positive: [
      `DATABASE_PASSWORD=pscale_pw_${fakeToken(43, BASE64URL, 'pscale')}`
    ],
    negative: ['pscale_tkn_' + 'x'.repeat(43), 'pscale_pw_...']
  }
};
