/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeUuid } from '../fake-credentials';
import { IRule } from '../types';
import { near } from './shared';

const CDS_CONTEXT =
  /cdsapi|\.cdsapirc|cds\.climate\.copernicus|ads\.atmosphere\.copernicus|ewds\.climate\.copernicus|copernicus\.eu\/api/i;

/**
 * Copernicus Climate / Atmosphere Data Store keys (`.cdsapirc` `key:`, `cdsapi.Client(key=…)`,
 * CDSAPI_KEY), in the old `UID:KEY` form and the new personal-token form.
 *
 * Notes: the key is a UUID, and UUIDs alone are ids, so a bare `key` only counts next to a
 * CDS/ADS mention or in the `UID:KEY` form.
 */
export const copernicusCdsKey: IRule = {
  id: 'copernicus-cds-key',
  title: 'Copernicus CDS/ADS API key',
  severity: 'error',
  description:
    'A Copernicus Data Store key acts as your ECMWF account: requests queue and count under your name, and licences you accepted apply to whoever uses it.',
  remediation:
    'Keep ~/.cdsapirc outside the notebook (write it from a terminal) or set CDSAPI_URL / CDSAPI_KEY from the hub secret store. If it was shared, reset the token on your CDS profile page.',
  revokeUrl: 'https://cds.climate.copernicus.eu/profile',
  envName: 'CDSAPI_KEY',
  keywords: ['cdsapi', 'adsapi', 'copernicus', 'ecmwf'],
  pattern:
    /(?:(CDSAPI_KEY|ADSAPI_KEY)|(key))\\?["']?\]?(?:\s{0,3}[:=]\s{0,3}|[ \t]{1,3})[rbu]?\\?["']?((\d{1,10}:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/gi,
  secretGroup: 3,
  validate: (_secret, context) => {
    if (context.match[1] !== undefined) {
      return true;
    }
    // \`key\` must be a word of its own (start of a line, after an escaped newline, a
    // quote or a space), not the end of \`api_key\` or \`monkey\`.
    const at = context.match.index;
    const before = context.text.slice(Math.max(0, at - 2), at);
    if (/[A-Za-z0-9_]$/.test(before) && !/\\[nr]$/.test(before)) {
      return false;
    }
    return context.match[4] !== undefined || near(context, CDS_CONTEXT, 400);
  },
  samples: {
    positive: [
      `%%writefile ~/.cdsapirc\nurl: https://cds.climate.copernicus.eu/api\nkey: ${fakeUuid()}\n`,
      `c = cdsapi.Client(url="https://ads.atmosphere.copernicus.eu/api", key="${fakeUuid()}")`,
      `!echo "key: 12345:${fakeUuid()}" >> ~/.cdsapirc`,
      `%env CDSAPI_KEY=${fakeUuid()}`
    ],
    negative: [
      `{"key": "${fakeUuid()}", "collection": "sentinel-2-l2a"}`,
      'key: <PERSONAL-ACCESS-TOKEN>'
    ]
  }
};
