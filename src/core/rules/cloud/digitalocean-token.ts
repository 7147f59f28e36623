/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { rotate } from '../shared';

/** DigitalOcean personal access, OAuth and refresh tokens (`dop_v1_`, `doo_v1_`, `dor_v1_`). */
export const digitaloceanToken: IRule = {
  id: 'digitalocean-token',
  title: 'DigitalOcean token',
  severity: 'error',
  description:
    'A DigitalOcean token creates and deletes droplets, volumes, databases and Spaces keys of its team, billed to it.',
  remediation: rotate('the DigitalOcean control panel (API › Tokens)'),
  revokeUrl: 'https://cloud.digitalocean.com/account/api/tokens',
  envName: 'DIGITALOCEAN_ACCESS_TOKEN',
  keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
  pattern: /(?<![A-Za-z0-9_])(do[opr]_v1_[0-9a-f]{64})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [`DIGITALOCEAN_TOKEN=dop_v1_${fakeToken(64, HEX, 'do')}`],
    negative: ['dop_v1_' + '0'.repeat(64), 'dop_v1_...']
  }
};
