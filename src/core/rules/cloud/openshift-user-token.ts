/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { BASE64URL } from '../alphabets';
import { mixedCase, near } from '../shared';

/**
 * Listings of OAuthAccessToken objects: their names have the token's shape, but are the
 * SHA-256 of the token, not the token.
 */
const TOKEN_OBJECTS = /oauthaccesstokens?\b/i;

/** OpenShift OAuth access tokens (`sha256~` and 43 base64url characters), since OpenShift 4.6. */
export const openshiftUserToken: IRule = {
  id: 'openshift-user-token',
  title: 'OpenShift user token',
  severity: 'error',
  description:
    'An OpenShift OAuth access token (from `oc whoami -t` or “Copy login command”) acts as you on the cluster, with all your projects’ pods, secrets and data, until it expires or is deleted.',
  remediation:
    'Log in interactively (`oc login --web`) or use a service account token read from a file, and keep the token out of the notebook. If it was shared, delete it (`oc delete useroauthaccesstokens <name>`, or the console’s API tokens page) or log out with `oc logout`.',
  revokeUrl:
    'https://docs.okd.io/latest/authentication/managing-oauth-access-tokens.html',
  envName: 'OPENSHIFT_TOKEN',
  keywords: ['sha256~'],
  pattern: /(?<![A-Za-z0-9_~-])(sha256~[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  priority: 2,
  minEntropy: 4,
  validate: (secret, context) =>
    mixedCase(secret.slice(7)) && !near(context, TOKEN_OBJECTS, 400),
  samples: {
    positive: [
      `!oc login --token=sha256~${fakeToken(43, BASE64URL, 'ocp')} --server=https://api.cluster.example.org:6443`,
      `headers = {"Authorization": "Bearer sha256~${fakeToken(43, BASE64URL, 'ocp2')}"}`
    ],
    negative: [
      `!oc get useroauthaccesstokens\nNAME                                                 CLIENT NAME\nsha256~${fakeToken(43, BASE64URL, 'ocp3')}   openshift-browser-client`,
      '!oc login --token=sha256~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'oc login --token=sha256~<token> --server=<api-url>'
    ]
  }
};
