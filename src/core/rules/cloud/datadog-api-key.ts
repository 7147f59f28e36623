/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { namedValue } from '../named-value';
import { rotate } from '../shared';

/** Datadog API (32 hex) and application (40 hex) keys, by name or the Datadog host. */
export const datadogApiKey: IRule = {
  id: 'datadog-api-key',
  title: 'Datadog API or application key',
  severity: 'error',
  description:
    'A Datadog API key sends data into your account; an application key (with the API key) reads your logs, traces and dashboards.',
  remediation: rotate(
    'Datadog (Organization settings › API keys / Application keys)'
  ),
  revokeUrl: 'https://app.datadoghq.com/organization-settings/api-keys',
  envName: 'DD_API_KEY',
  keywords: ['dd_api', 'dd_app', 'dd-api', 'dd-app', 'datadog'],
  ...namedValue({
    vendor:
      'dd[_-]api[_-]?key|dd[_-]app(?:lication)?[_-]?key|datadog[_-]?(?:api|app)',
    value: '[0-9a-f]{32}|[0-9a-f]{40}',
    context: /datadoghq\.(?:com|eu)|ddog-gov\.com|datadog/i
  }),
  samples: {
    positive: [
      `%env DD_API_KEY=${fakeToken(32, HEX, 'dd')}`,
      `options = {"api_key": "${fakeToken(32, HEX, 'dd4')}", "app_key": "${fakeToken(40, HEX, 'dd2')}"}\ninitialize(**options)  # datadog`
    ],
    negative: [
      `DD_API_KEY=${'0'.repeat(32)}`,
      `sha = "${fakeToken(40, HEX, 'dd3')}"`
    ]
  }
};
