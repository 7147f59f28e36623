/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IMatchContext, IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { mixedCase, near, rotate } from '../shared';

/** Whether an `EAA…` token sits next to Facebook or Meta code, unless it is a Graph API Explorer token. */
const facebookContext = (secret: string, context: IMatchContext): boolean =>
  secret.startsWith('EAACEdEose0cBA') ||
  near(context, /facebook|graph\.facebook\.com|fb_|instagram|whatsapp/i, 300);

/** Facebook / Meta Graph API access tokens (`EAA…`). */
export const facebookAccessToken: IRule = {
  id: 'facebook-access-token',
  title: 'Facebook (Meta) access token',
  severity: 'error',
  description:
    'A Facebook access token acts as its user, page or app on the Graph API: read and post with the permissions it was granted.',
  remediation: rotate(
    'Meta for Developers (the app’s settings, or the user’s Business Integrations)'
  ),
  revokeUrl: 'https://www.facebook.com/settings?tab=business_tools',
  envName: 'FACEBOOK_ACCESS_TOKEN',
  keywords: ['eaacedeose0cba', 'facebook', 'fb_', 'instagram', 'whatsapp'],
  pattern: /(?<![A-Za-z0-9_-])(EAA[A-Za-z0-9]{80,400})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 4.5,
  validate: (secret, context) =>
    mixedCase(secret) && facebookContext(secret, context),
  samples: {
    positive: [
      `graph = facebook.GraphAPI(access_token="EAAG${fakeToken(180, ALNUM, 'fb')}")`,
      `token = "EAACEdEose0cBA${fakeToken(160, ALNUM, 'fb2')}"`
    ],
    negative: [`payload = "EAAG${fakeToken(180, ALNUM, 'fb3')}"`]
  }
};
