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

/** Grafana Cloud access policy tokens (`glc_`, base64 JSON with the org id and key). */
export const grafanaCloudToken: IRule = {
  id: 'grafana-cloud-token',
  title: 'Grafana Cloud access policy token',
  severity: 'error',
  description:
    'A Grafana Cloud token reads or writes the metrics, logs and traces (or manages the stack) its access policy allows.',
  remediation: rotate('Grafana Cloud (Administration › Access policies)'),
  revokeUrl: 'https://grafana.com/orgs',
  envName: 'GRAFANA_CLOUD_TOKEN',
  keywords: ['glc_'],
  pattern:
    /(?<![A-Za-z0-9_])glc_([A-Za-z0-9+/_-]{32,400}={0,2})(?![A-Za-z0-9+/=_-])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: body => decodesTo(body, '{"o":"'),
  samples: {
    positive: [
      `GRAFANA_CLOUD_TOKEN=glc_${encodeBase64Url(
        JSON.stringify({
          o: '123456',
          n: 'stack-writer',
          k: fakeToken(24, ALNUM, 'glc'),
          m: { r: 'eu' }
        })
      )}`
    ],
    negative: [`glc_${fakeToken(60, ALNUM, 'glc2')}`] // does not decode to a token
  }
};
