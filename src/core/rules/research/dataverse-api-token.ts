/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeUuid } from '../../fake-credentials';
import { IRule } from '../../types';
import { namedValue } from '../named-value';
import { rotate } from '../shared';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Dataverse API tokens (UUIDs), under a Dataverse name or the `X-Dataverse-key` header. */
export const dataverseApiToken: IRule = {
  id: 'dataverse-api-token',
  title: 'Dataverse API token',
  severity: 'error',
  description:
    'A Dataverse API token acts as you on the repository: create, edit and publish datasets and read your unpublished ones.',
  remediation: rotate(
    'the Dataverse installation (your account › API Token › Revoke Token)'
  ),
  revokeUrl:
    'https://guides.dataverse.org/en/latest/user/account.html#api-token',
  envName: 'DATAVERSE_API_TOKEN',
  keywords: ['dataverse'],
  priority: 2,
  ...namedValue({
    vendor: 'x-dataverse-key|dataverse[_-]?(?:api[_-]?)?(?:token|key)',
    value: UUID,
    after: '0-9a-f-',
    context: /dataverse/i
  }),
  samples: {
    positive: [
      `headers = {"X-Dataverse-key": "${fakeUuid('dv')}"}`,
      `api = NativeApi("https://dataverse.harvard.edu", api_token="${fakeUuid('dv2')}")`
    ],
    negative: [`DATAVERSE_DATASET_ID = "${fakeUuid('dv3')}"`]
  }
};
