import { fakeAgeSecretKey, fakeToken, fakeUuid } from '../../../core';
import { checkCases, describeContexts } from './contexts';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URL = ALNUM + '-_';
const HEX = '0123456789abcdef';
const t = (n: number, seed: string, alphabet = ALNUM): string =>
  fakeToken(n, alphabet, seed);

describe('code hosting, messaging, payments and productivity rules', () => {
  describeContexts('age-secret-key', fakeAgeSecretKey('spec'), 'SOPS_AGE_KEY');
  describeContexts(
    'postman-api-key',
    `PMAK-${t(24, 'pm', HEX)}-${t(34, 'pm2', HEX)}`,
    'POSTMAN'
  );
  describeContexts('sonarqube-token', `sqp_${t(40, 'sq', HEX)}`, 'SONAR_TOKEN');
  describeContexts(
    'rubygems-api-key',
    `rubygems_${t(48, 'rg', HEX)}`,
    'GEM_KEY'
  );
  describeContexts('shopify-token', `shpss_${t(32, 'shp', HEX)}`, 'SHOPIFY');
  describeContexts(
    'linear-api-key',
    `lin_api_${t(40, 'lin')}`,
    'LINEAR_API_KEY'
  );
  describeContexts(
    'hubspot-private-app-token',
    `pat-eu1-${fakeUuid('hs')}`,
    'HUBSPOT'
  );
  describeContexts(
    'contentful-token',
    `CFPAT-${t(43, 'cf', URL)}`,
    'CONTENTFUL'
  );
  describeContexts(
    'plaid-access-token',
    `access-production-${fakeUuid('pl')}`,
    'PLAID'
  );

  checkCases([
    [
      'an age key with one character changed',
      (k => k.slice(0, 20) + (k[20] === 'Q' ? 'P' : 'Q') + k.slice(21))(
        fakeAgeSecretKey('typo')
      ),
      'age-secret-key-bad-checksum',
      1
    ],
    ['an age public key', `age1${'q'.repeat(58)}`, 'age-secret-key', 0],
    [
      'a Telegram bot token',
      `TELEGRAM_TOKEN=${t(10, 'tg', '0123456789')}:AA${t(33, 'tg2', URL)}`,
      'telegram-bot-token',
      1
    ],
    [
      'a clock time before AA',
      'at 12:30:AAPL closed higher',
      'telegram-bot-token',
      0
    ],
    [
      'a Facebook token with no Meta code nearby',
      `blob = "EAAB${t(200, 'fb')}"`,
      'facebook-access-token',
      0
    ],
    [
      'a Square token is not a Facebook token',
      `square_client = Client(access_token="EAAA${t(60, 'sq', URL)}")`,
      'facebook-access-token',
      0
    ],
    [
      'a sandbox Plaid token is a note',
      `access-sandbox-${fakeUuid('sb')}`,
      'plaid-access-token',
      1
    ],
    [
      'a Mailchimp key',
      `MAILCHIMP_API_KEY=${t(32, 'mc', HEX)}-us6`,
      'mailchimp-api-key',
      1
    ],
    [
      'a NuGet key',
      `NUGET_API_KEY=oy2${t(43, 'ng', 'abcdefghijklmnopqrstuvwxyz0123456789')}`,
      'nuget-api-key',
      1
    ],
    [
      'a Bitbucket app password in a clone URL',
      `!git clone https://me:ATBB${t(32, 'bb')}@bitbucket.org/lab/r.git`,
      'bitbucket-app-password',
      1
    ],
    [
      'an Airtable PAT without Airtable code',
      `value = "pat${t(14, 'air')}.${t(64, 'air2', HEX)}"`,
      'airtable-token',
      0
    ]
  ]);
});
