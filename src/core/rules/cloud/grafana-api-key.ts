/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { decodeBase64, encodeBase64Url } from '../../base64';
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { rotate } from '../shared';

/** Whether a base64 body decodes to JSON starting with `head`. */
const decodesTo = (body: string, head: string): boolean => {
  const json = decodeBase64(body.replace(/=+$/, ''));
  return json !== null && json.startsWith(head);
};

/** Grafana API keys in the format before service accounts (`eyJrIjoi`, base64 JSON with `k`). */
export const grafanaApiKey: IRule = {
  id: 'grafana-api-key',
  title: 'Grafana API key (legacy)',
  severity: 'error',
  description:
    'A Grafana API key acts with its role (viewer, editor or admin) on the organisation it was created in.',
  remediation: rotate(
    'Grafana (Administration › Service accounts, after migrating the key)'
  ),
  revokeUrl:
    'https://grafana.com/docs/grafana/latest/administration/service-accounts/migrate-api-keys/',
  envName: 'GRAFANA_API_KEY',
  keywords: ['eyjrijoi'],
  pattern:
    /(?<![A-Za-z0-9+/_-])(eyJrIjoi[A-Za-z0-9+/_-]{40,300}={0,2})(?![A-Za-z0-9+/=_-])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: secret => decodesTo(secret, '{"k":"'),
  samples: {
    positive: [
      `GRAFANA_API_KEY=${encodeBase64Url(JSON.stringify({ k: fakeToken(32, ALNUM, 'gk'), n: 'notebook', id: 1 }))}`
    ],
    negative: [`eyJrIjoi${'x'.repeat(60)}`]
  }
};
