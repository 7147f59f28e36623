/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM, UPPER_ALNUM } from '../alphabets';
import { namedValue } from '../named-value';
import { mixedCase, rotate } from '../shared';

/**
 * Confluent Cloud API secrets (64 characters of letters, digits, `+` and `/`) under a
 * Confluent name, or as the `sasl.password` (or another secret name) of a client whose
 * bootstrap server is on `confluent.cloud`.
 */
export const confluentApiSecret: IRule = {
  id: 'confluent-api-secret',
  title: 'Confluent Cloud API secret',
  severity: 'error',
  description:
    'A Confluent Cloud API key and secret read and write the Kafka topics (or manage the resources) the key was granted, often a whole cluster.',
  remediation: rotate('Confluent Cloud (API keys)'),
  revokeUrl: 'https://confluent.cloud/settings/api-keys',
  envName: 'CONFLUENT_API_SECRET',
  keywords: ['confluent'],
  priority: 2,
  ...namedValue({
    vendor: 'confluent',
    value: '[A-Za-z0-9+/]{64}',
    after: 'A-Za-z0-9+/=_\\-',
    name: /secret|password|token/i,
    context: /confluent\.cloud/i,
    check: mixedCase
  }),
  samples: {
    positive: [
      `CONFLUENT_CLOUD_API_SECRET=${fakeToken(64, ALNUM + '+/', 'confluent')}`,
      `conf = {"bootstrap.servers": "pkc-${fakeToken(5, 'abcdefghijklmnopqrstuvwxyz0123456789', 'cf-host')}.eu-west-1.aws.confluent.cloud:9092",\n        "sasl.username": "${fakeToken(16, UPPER_ALNUM, 'cf-key')}",\n        "sasl.password": "${fakeToken(64, ALNUM + '+/', 'confluent-2')}"}`
    ],
    negative: [
      `CONFLUENT_API_KEY = "${fakeToken(16, UPPER_ALNUM, 'cf-key-2')}"`,
      `CONFLUENT_SCHEMA_HASH = "${fakeToken(64, '0123456789abcdef', 'cf-hash')}"`
    ]
  }
};
