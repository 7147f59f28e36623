/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { mixedCase } from './shared';

const URL_SAFE =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const OAUTH_REMEDIATION =
  "Authenticate with `ee.Authenticate()` / `gcloud auth` outside the notebook so the credentials stay in your home directory, never in a cell or output. If a token was saved or shared, revoke the app's access in your Google account and sign in again.";
const OAUTH_REVOKE = 'https://myaccount.google.com/permissions';

/** Google API keys (`AIza…`): Maps, YouTube, Gemini, Firebase… */
export const googleApiKey: IRule = {
  id: 'google-api-key',
  title: 'Google API key',
  severity: 'warning',
  description:
    'A Google API key bills its project for every call made with it; unrestricted keys also open paid APIs such as Gemini to anyone who reads the notebook.',
  remediation:
    'Load it from an environment variable (GOOGLE_API_KEY) or the hub secret store, and restrict the key to the APIs and referrers it needs. If it was shared, delete or regenerate it in the Cloud console.',
  revokeUrl: 'https://console.cloud.google.com/apis/credentials',
  envName: 'GOOGLE_API_KEY',
  keywords: ['aiza'],
  pattern: /(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [`genai.configure(api_key="AIza${fakeToken(35, URL_SAFE)}")`],
    negative: ['AIza' + 'X'.repeat(35), 'key = "AIza..."']
  }
};

/** Google OAuth refresh tokens (`1//0…`), e.g. Earth Engine's stored credentials. */
export const googleOauthRefreshToken: IRule = {
  id: 'google-oauth-refresh-token',
  title: 'Google OAuth refresh token',
  severity: 'error',
  description:
    'A Google refresh token (as kept in Earth Engine or gcloud credentials) grants lasting access to your Google account for the scopes it was issued for, until it is revoked.',
  remediation: OAUTH_REMEDIATION,
  revokeUrl: OAUTH_REVOKE,
  envName: 'GOOGLE_REFRESH_TOKEN',
  keywords: ['1//0'],
  pattern: /(?<![A-Za-z0-9_/-])(1\/\/0[A-Za-z0-9_-]{40,400})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 4,
  samples: {
    positive: [`{"refresh_token": "1//0${fakeToken(100, URL_SAFE)}"}`],
    negative: ['see https://example.org//0/path', `1//0${'a'.repeat(60)}`]
  }
};

/** Google OAuth access tokens (`ya29.…`). */
export const googleOauthAccessToken: IRule = {
  id: 'google-oauth-access-token',
  title: 'Google OAuth access token',
  severity: 'error',
  description:
    'A Google access token acts as your Google account for about an hour, for every scope it carries (Drive, Earth Engine, Cloud…).',
  remediation: OAUTH_REMEDIATION,
  revokeUrl: OAUTH_REVOKE,
  envName: 'GOOGLE_OAUTH_ACCESS_TOKEN',
  keywords: ['ya29.'],
  pattern: /(?<![A-Za-z0-9_-])(ya29\.[A-Za-z0-9_-]{30,2000})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: mixedCase,
  samples: {
    positive: [
      `headers = {"Authorization": "Bearer ya29.a0${fakeToken(150, URL_SAFE)}"}`
    ],
    negative: ['token = "ya29.<access-token>"', `ya29.${'A'.repeat(40)}`]
  }
};

/** Google OAuth client secrets (`GOCSPX-…`). */
export const googleOauthClientSecret: IRule = {
  id: 'google-oauth-client-secret',
  title: 'Google OAuth client secret',
  severity: 'warning',
  description:
    'An OAuth client secret lets others impersonate your Google Cloud application when asking users for access.',
  remediation:
    'Keep client_secret.json outside the notebook and load it by path, or use the hub secret store. If it was shared, reset the secret in the Cloud console.',
  revokeUrl: 'https://console.cloud.google.com/apis/credentials',
  envName: 'GOOGLE_CLIENT_SECRET',
  keywords: ['gocspx-'],
  pattern: /(GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [`"client_secret": "GOCSPX-${fakeToken(28, URL_SAFE)}"`],
    negative: ['GOCSPX-' + 'x'.repeat(28)]
  }
};
