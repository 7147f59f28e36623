/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { rotate, URL_SAFE } from './shared';

/**
 * Mapbox secret tokens (`sk.eyJ…`), and temporary tokens (`tk.eyJ…`, made from a secret
 * token and valid for up to an hour: a warning). The publishable `pk.eyJ…` tokens are
 * meant to be public and are not reported.
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
  keywords: ['sk.eyj', 'tk.eyj'],
  pattern:
    /(?<![A-Za-z0-9_.-])([st]k\.eyJ[A-Za-z0-9_-]{20,400}\.[A-Za-z0-9_-]{20,100})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 4,
  priority: 1,
  validate: secret => (secret.startsWith('tk.') ? 'warning' : true),
  samples: {
    positive: [
      `MAPBOX_TOKEN = "sk.eyJ1${fakeToken(60, URL_SAFE)}.${fakeToken(22, URL_SAFE)}"`,
      `export MAPBOX_TEMP_TOKEN=tk.eyJ1${fakeToken(60, URL_SAFE, 'tk')}.${fakeToken(22, URL_SAFE, 'tk2')}`
    ],
    negative: [
      `token = "pk.eyJ1${fakeToken(60, URL_SAFE)}.${fakeToken(22, URL_SAFE)}"`
    ]
  }
};
