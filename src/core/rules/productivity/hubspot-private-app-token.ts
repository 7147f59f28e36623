/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeUuid } from '../../fake-credentials';
import { IRule } from '../../types';
import { rotate } from '../shared';

/** HubSpot private app access tokens (`pat-na1-<uuid>`, `pat-eu1-…`). */
export const hubspotPrivateAppToken: IRule = {
  id: 'hubspot-private-app-token',
  title: 'HubSpot private app token',
  severity: 'error',
  description:
    'A HubSpot private app token reads and changes the CRM records (contacts, companies, deals) its scopes allow.',
  remediation: rotate(
    'HubSpot (Settings › Integrations › Private apps › Rotate)'
  ),
  revokeUrl: 'https://app.hubspot.com/private-apps/',
  envName: 'HUBSPOT_ACCESS_TOKEN',
  keywords: ['pat-na', 'pat-eu', 'pat-ap'],
  pattern:
    /(?<![A-Za-z0-9_-])(pat-(?:na|eu|ap)\d-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/g,
  secretGroup: 1,
  minEntropy: 3,
  samples: {
    positive: [`HUBSPOT_ACCESS_TOKEN=pat-na1-${fakeUuid('hs')}`],
    negative: ['pat-na1-' + '0'.repeat(8) + '-0000-0000-0000-' + '0'.repeat(12)]
  }
};
