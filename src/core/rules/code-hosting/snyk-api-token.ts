/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeUuid } from '../../fake-credentials';
import { IRule } from '../../types';
import { namedValue } from '../named-value';
import { rotate } from '../shared';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * Snyk API tokens (a UUID) under a Snyk name (`SNYK_TOKEN`), given to `snyk auth` or
 * `snyk config set api=`, or under a generic name next to the Snyk API.
 */
export const snykApiToken: IRule = {
  id: 'snyk-api-token',
  title: 'Snyk API token',
  severity: 'error',
  description:
    'A Snyk API token acts as you in Snyk: it reads the vulnerability reports of every project in your organisations and can change their settings and integrations.',
  remediation: rotate(
    'Snyk (Account settings › Auth Token › Revoke & Regenerate)'
  ),
  revokeUrl: 'https://app.snyk.io/account',
  envName: 'SNYK_TOKEN',
  keywords: ['snyk'],
  priority: 2,
  ...namedValue({
    vendor: 'snyk',
    value: UUID,
    after: '0-9a-f-',
    name: /token|key|secret|auth|api/i,
    context: /api\.snyk\.io|snyk\.io\/api/i,
    call: `snyk[ \\t]{1,3}(?:auth|config[ \\t]{1,3}set[ \\t]{1,3}api=)[ \\t]{0,3}["']?(${UUID})(?![0-9a-f-])`
  }),
  samples: {
    positive: [
      `SNYK_TOKEN=${fakeUuid('snyk')}`,
      `!snyk auth ${fakeUuid('snyk-2')}`,
      `headers = {"Authorization": "token ${fakeUuid('snyk-3')}"}\nrequests.get("https://api.snyk.io/rest/orgs", headers=headers)`
    ],
    negative: [
      `SNYK_ORG_ID = "${fakeUuid('snyk-org')}"`,
      'SNYK_TOKEN = os.environ["SNYK_TOKEN"]',
      `snyk_project = "${fakeUuid('snyk-project')}"`
    ]
  }
};
