/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeUuid } from '../../fake-credentials';
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { namedValue } from '../named-value';

/** Sentinel Hub (and Copernicus Data Space) OAuth client secrets. */
export const sentinelHubClientSecret: IRule = {
  id: 'sentinel-hub-client-secret',
  title: 'Sentinel Hub client secret',
  severity: 'error',
  description:
    'A Sentinel Hub OAuth client secret requests imagery and statistics on your account’s processing units and reads its configurations.',
  remediation:
    'Save it with `sentinelhub.config --sh_client_secret` in a terminal or read SH_CLIENT_SECRET from the hub secret store. If it was shared, delete the OAuth client in your dashboard and create a new one.',
  revokeUrl: 'https://apps.sentinel-hub.com/dashboard/#/account/settings',
  envName: 'SH_CLIENT_SECRET',
  keywords: ['sh_client_secret', 'sentinelhub', 'sentinel-hub', 'shconfig'],
  priority: 2,
  ...namedValue({
    vendor: 'sh[_-]client[_-]secret|sentinel[_-]?hub[_-]?client[_-]?secret',
    value: '[A-Za-z0-9+/=_.~-]{20,80}',
    after: 'A-Za-z0-9+/=_.~-',
    context: /sentinelhub|sentinel-hub|SHConfig|dataspace\.copernicus\.eu/i,
    minEntropy: 3.5
  }),
  samples: {
    positive: [
      `config = SHConfig()\nconfig.sh_client_id = "${fakeUuid('sh')}"\nconfig.sh_client_secret = "${fakeToken(40, ALNUM, 'sh2')}"`
    ],
    negative: ['config.sh_client_secret = os.environ["SH_CLIENT_SECRET"]']
  }
};
