/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM, HEX } from '../alphabets';
import { mixedCase, rotate } from '../shared';

/** Grafana service account tokens (`glsa_`, 32 characters, `_`, 8 hex digits). */
export const grafanaServiceAccountToken: IRule = {
  id: 'grafana-service-account-token',
  title: 'Grafana service account token',
  severity: 'error',
  description:
    'A Grafana service account token acts with its service account’s role: reading dashboards and data sources, or administering the instance.',
  remediation: rotate('Grafana (Administration › Service accounts)'),
  revokeUrl:
    'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
  envName: 'GRAFANA_TOKEN',
  keywords: ['glsa_'],
  pattern:
    /(?<![A-Za-z0-9_])(glsa_[A-Za-z0-9]{32}_[0-9a-f]{8})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: secret => mixedCase(secret.slice(5, 37)),
  samples: {
    positive: [
      `headers = {"Authorization": "Bearer glsa_${fakeToken(32, ALNUM, 'glsa')}_${fakeToken(8, HEX, 'glsa2')}"}`
    ],
    negative: [`glsa_${'x'.repeat(32)}_${'0'.repeat(8)}`]
  }
};
