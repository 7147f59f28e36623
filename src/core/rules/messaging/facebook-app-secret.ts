/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { namedValue } from '../named-value';
import { rotate } from '../shared';

const DIGITS = '0123456789';

/** Facebook app secrets (32 hex digits) under a Facebook app-secret name. */
export const facebookAppSecret: IRule = {
  id: 'facebook-app-secret',
  title: 'Facebook (Meta) app secret',
  severity: 'error',
  description:
    'A Facebook app secret makes app access tokens: anyone with it acts as your app on the Graph API.',
  remediation: rotate(
    'Meta for Developers (App settings › Basic › App secret › Reset)'
  ),
  revokeUrl: 'https://developers.facebook.com/apps/',
  envName: 'FACEBOOK_APP_SECRET',
  keywords: ['facebook', 'fb_app', 'fb-app'],
  ...namedValue({
    vendor: '(?:facebook|fb)[_-]?app[_-]?secret',
    value: '[0-9a-f]{32}'
  }),
  samples: {
    positive: [`FACEBOOK_APP_SECRET = "${fakeToken(32, HEX, 'fbs')}"`],
    negative: [`FACEBOOK_APP_ID = "${fakeToken(15, DIGITS, 'fbid')}"`]
  }
};
