import { fakeToken, fakeUuid } from '../../../core';
import { checkCases, describeContexts } from './contexts';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URL = ALNUM + '-_';
const HEX = '0123456789abcdef';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const t = (n: number, seed: string, alphabet = ALNUM): string =>
  fakeToken(n, alphabet, seed);

describe('cloud rules', () => {
  describeContexts(
    'cloudflare-origin-ca-key',
    `v1.0-${t(24, 'oca', HEX)}-${t(146, 'oca2', HEX)}`,
    'CF_ORIGIN_CA_KEY'
  );
  describeContexts(
    'digitalocean-token',
    `doo_v1_${t(64, 'do', HEX)}`,
    'DO_TOKEN'
  );
  describeContexts(
    'hashicorp-vault-token',
    `hvs.${t(95, 'hv')}`,
    'VAULT_TOKEN'
  );
  describeContexts(
    'terraform-cloud-token',
    `${t(14, 'tf')}.atlasv1.${t(67, 'tf2', URL)}`,
    'TFE_TOKEN'
  );
  describeContexts('doppler-token', `dp.sa.${t(43, 'dp')}`, 'DOPPLER_TOKEN');
  describeContexts('pulumi-access-token', `pul-${t(40, 'pu', HEX)}`, 'PULUMI');
  describeContexts(
    'dynatrace-token',
    `dt0c01.${t(24, 'dt', UPPER)}.${t(64, 'dt2', UPPER)}`,
    'DT_API_TOKEN'
  );
  describeContexts('new-relic-key', `NRAK-${t(27, 'nr', UPPER)}`, 'NR_KEY');
  describeContexts('render-api-key', `rnd_${t(32, 'rnd')}`, 'RENDER_API_KEY');
  describeContexts(
    'planetscale-token',
    `pscale_tkn_${t(43, 'ps', URL)}`,
    'PLANETSCALE_TOKEN'
  );
  describeContexts('supabase-token', `sbp_${t(40, 'sb', HEX)}`, 'SUPABASE');
  describeContexts(
    'grafana-service-account-token',
    `glsa_${t(32, 'gs')}_${t(8, 'gs2', HEX)}`,
    'GRAFANA_TOKEN'
  );
  describeContexts('sentry-token', `sntryu_${t(64, 'se', HEX)}`, 'SENTRY');
  describeContexts('flyio-token', `fo1_${t(43, 'fly', URL)}`, 'FLY_API_TOKEN');
  describeContexts('yandex-cloud-key', `AQVN${t(36, 'yc', URL)}`, 'YC_API_KEY');
  describeContexts('dropbox-access-token', `sl.u.${t(140, 'dbx', URL)}`, 'DBX');

  checkCases([
    [
      'a Cloudflare token under its variable',
      `%env CLOUDFLARE_API_TOKEN=${t(40, 'cf', URL)}`,
      'cloudflare-api-token',
      1
    ],
    [
      'a 40-character value with the API host nearby',
      `requests.get("https://api.cloudflare.com/client/v4/zones", headers={"Authorization": f"Bearer {token}"})\ntoken = "${t(40, 'cf2', URL)}"`,
      'cloudflare-api-token',
      1
    ],
    [
      'a git SHA under a Cloudflare name',
      `cloudflare_commit = "${t(40, 'cf3', HEX)}"`,
      'cloudflare-api-token',
      0
    ],
    [
      'the global API key header',
      `!curl -H "X-Auth-Key: ${t(37, 'cfg', HEX)}" https://api.cloudflare.com/client/v4/user`,
      'cloudflare-global-api-key',
      1
    ],
    [
      'a legacy Vault token',
      `os.environ["VAULT_TOKEN"] = "s.${t(24, 'vt')}"`,
      'hashicorp-vault-token-legacy',
      1
    ],
    [
      'an Alibaba id with its secret',
      `ak = "LTAI${t(20, 'ali')}"\nsecret = "${t(30, 'ali2')}"`,
      'alibaba-access-key-id',
      1
    ],
    [
      'a Tencent SecretId',
      `SecretId = "AKID${t(32, 'tc')}"`,
      'tencent-cloud-secret-id',
      1
    ],
    [
      'an IBM Cloud key under its variable',
      `IBM_CLOUD_API_KEY="${t(44, 'ibm', URL)}"`,
      'ibm-cloud-api-key',
      1
    ],
    [
      'a Heroku app id',
      `heroku_app_id = "${fakeUuid('app')}"`,
      'heroku-api-key',
      0
    ],
    [
      'a Netlify site id',
      `NETLIFY_SITE_ID = "${fakeUuid('site')}"`,
      'netlify-token',
      0
    ],
    [
      'a Vercel project name',
      'VERCEL_PROJECT = "climate-dashboard"',
      'vercel-token',
      0
    ],
    [
      'an Okta client id',
      `OKTA_CLIENT_ID = "0oa${t(17, 'oc')}"`,
      'okta-api-token',
      0
    ],
    [
      'a Datadog key under DD_API_KEY',
      `DD_API_KEY=${t(32, 'dd', HEX)}`,
      'datadog-api-key',
      1
    ],
    [
      'a 32-hex checksum with no Datadog nearby',
      `api_key = "${t(32, 'dd2', HEX)}"`,
      'datadog-api-key',
      0
    ],
    [
      'a New Relic license key',
      `license_key: ${t(36, 'lic', HEX)}NRAL`,
      'new-relic-key',
      1
    ],
    [
      'a New Relic browser key (public)',
      `NRJS-${t(19, 'nrjs', HEX)}`,
      'new-relic-key',
      0
    ],
    [
      'a Python ssl call',
      'ctx = ssl.create_default_context(cafile=certifi.where())',
      'dropbox-access-token',
      0
    ]
  ]);
});
