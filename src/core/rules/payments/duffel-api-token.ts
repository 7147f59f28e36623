/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { BASE64URL } from '../alphabets';
import { rotate } from '../shared';

/** Duffel access tokens (`duffel_live_` or `duffel_test_` + 43 URL-safe characters). */
export const duffelApiToken: IRule = {
  id: 'duffel-api-token',
  title: 'Duffel API token',
  severity: 'error',
  description:
    'A Duffel live token books and cancels flights and stays paid from your balance and reads the passengers’ details; a test token reads the test data.',
  remediation: rotate('the Duffel dashboard (Developers › Access tokens)'),
  revokeUrl: 'https://app.duffel.com/',
  envName: 'DUFFEL_ACCESS_TOKEN',
  keywords: ['duffel_live_', 'duffel_test_'],
  pattern:
    /(?<![A-Za-z0-9_])(duffel_(?:live|test)_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 4,
  samples: {
    positive: [
      `DUFFEL_ACCESS_TOKEN=duffel_live_${fakeToken(43, BASE64URL, 'duf')}`
    ],
    negative: ['duffel_test_' + 'x'.repeat(43), 'duffel_live_mode = True']
  }
};
