/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { BASE64URL } from '../alphabets';
import { mixedCase, rotate } from '../shared';

/** Fly.io tokens: macaroons (`FlyV1 fm2_…`, `fm1r_`, `fm1a_`) and `fo1_` OAuth tokens. */
export const flyioToken: IRule = {
  id: 'flyio-token',
  title: 'Fly.io access token',
  severity: 'error',
  description:
    'A Fly.io token deploys, scales and destroys the apps of its organisation and reads their secrets.',
  remediation: rotate(
    'Fly.io (the dashboard’s Tokens page, or fly tokens revoke)'
  ),
  revokeUrl: 'https://fly.io/dashboard/personal/tokens',
  envName: 'FLY_API_TOKEN',
  keywords: ['fm1_', 'fm2_', 'fm1r_', 'fm1a_', 'fo1_'],
  pattern:
    /(?<![A-Za-z0-9_])((?:fm[12][ar]?_[A-Za-z0-9+/=_-]{80,4000}(?:,fm[12][ar]?_[A-Za-z0-9+/=_-]{20,4000}){0,4})|fo1_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_+/=-])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: mixedCase,
  samples: {
    positive: [
      `FLY_API_TOKEN="FlyV1 fm2_${fakeToken(200, BASE64URL, 'fly1')},fm2_${fakeToken(120, BASE64URL, 'fly2')}"`,
      `token = "fo1_${fakeToken(43, BASE64URL, 'fly3')}"`
    ],
    negative: ['fm2_' + 'x'.repeat(100)]
  }
};
