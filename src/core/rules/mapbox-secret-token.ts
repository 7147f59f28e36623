/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { rotate, URL_SAFE } from './shared';

/**
 * Mapbox secret tokens (`sk.eyJ…`). The publishable `pk.eyJ…` tokens are meant to be
 * public and are not reported.
 */
export const mapboxSecretToken: IRule = {
  id: 'mapbox-secret-token',
  title: 'Mapbox secret token',
  severity: 'error',
  description:
    'A Mapbox secret token can use the scopes it was given on your account (uploads, styles, datasets) and bills you for it.',
  remediation: rotate('your Mapbox account (Access tokens)'),
  revokeUrl: 'https://account.mapbox.com/access-tokens/',
  envName: 'MAPBOX_SECRET_TOKEN',
  keywords: ['sk.eyj'],
  pattern:
    /(?<![A-Za-z0-9_.-])(sk\.eyJ[A-Za-z0-9_-]{20,400}\.[A-Za-z0-9_-]{20,100})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 4,
  priority: 1,
  samples: {
    positive: [
      `MAPBOX_TOKEN = "sk.eyJ1${fakeToken(60, URL_SAFE)}.${fakeToken(22, URL_SAFE)}"`
    ],
    negative: [
      `token = "pk.eyJ1${fakeToken(60, URL_SAFE)}.${fakeToken(22, URL_SAFE)}"`
    ]
  }
};
