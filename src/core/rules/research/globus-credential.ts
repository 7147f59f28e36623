/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeUuid } from '../../fake-credentials';
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { namedValue } from '../named-value';

/** Globus client secrets and tokens, under a Globus name or next to the Globus SDK. */
export const globusCredential: IRule = {
  id: 'globus-credential',
  title: 'Globus client secret or token',
  severity: 'error',
  description:
    'A Globus client secret or token moves and deletes data on the collections it can reach (often whole lab and facility storage) in your name.',
  remediation:
    'Log in with a native app flow (globus login, NativeAppAuthClient) and keep tokens in the SDK’s token storage outside the notebook. If a secret was shared, delete it under the app’s credentials at app.globus.org/settings/developers; revoke tokens under Consents.',
  revokeUrl: 'https://app.globus.org/settings/developers',
  envName: 'GLOBUS_CLIENT_SECRET',
  keywords: ['globus'],
  priority: 2,
  ...namedValue({
    vendor:
      'globus[_-]?(?:cli[_-]?)?(?:client[_-]?secret|secret|(?:access|refresh|transfer)[_-]?token|token)',
    value: '[A-Za-z0-9+/=_-]{40,200}',
    after: 'A-Za-z0-9+/=_-',
    context: /globus_sdk|globus\.org|ConfidentialAppAuthClient|globus/i,
    minEntropy: 3.5
  }),
  samples: {
    positive: [
      `GLOBUS_CLIENT_SECRET=${fakeToken(44, ALNUM, 'globus1')}`,
      `client = globus_sdk.ConfidentialAppAuthClient(CLIENT_ID, client_secret="${fakeToken(44, ALNUM, 'globus2')}")`
    ],
    negative: [
      `GLOBUS_CLIENT_ID = "${fakeUuid('globus')}"`,
      'client = globus_sdk.ConfidentialAppAuthClient(CLIENT_ID, os.environ["GLOBUS_CLIENT_SECRET"])'
    ]
  }
};
