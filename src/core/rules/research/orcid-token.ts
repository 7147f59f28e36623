/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeUuid } from '../../fake-credentials';
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { namedValue } from '../named-value';
import { rotate } from '../shared';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** ORCID access tokens (UUIDs), under an ORCID name or next to orcid.org. */
export const orcidToken: IRule = {
  id: 'orcid-token',
  title: 'ORCID access token',
  severity: 'warning',
  description:
    'An ORCID access token reads (and with member API scopes, updates) ORCID records on behalf of its client or researcher.',
  remediation: rotate(
    'ORCID (Developer tools, or the member API credentials page)'
  ),
  revokeUrl: 'https://orcid.org/developer-tools',
  envName: 'ORCID_ACCESS_TOKEN',
  keywords: ['orcid'],
  priority: 2,
  ...namedValue({
    vendor:
      'orcid[_-]?(?:access[_-]?|api[_-]?|client[_-]?)?(?:token|secret|key)',
    value: UUID,
    after: '0-9a-f-',
    context: /orcid\.org/i
  }),
  samples: {
    positive: [
      `headers = {"Authorization": "Bearer ${fakeUuid('orcid')}"}\nrequests.get("https://pub.orcid.org/v3.0/0000-0002-1825-0097/works", headers=headers)`
    ],
    negative: [
      'orcid = "0000-0002-1825-0097"',
      `ORCID_CLIENT_ID = "APP-${fakeToken(16, ALNUM, 'orcid2')}"`
    ]
  }
};
