/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { namedValue } from '../named-value';
import { near, rotate } from '../shared';

/** Where LocationIQ is named: its hosts (`us1.locationiq.com`), its client, its variables. */
const LOCATIONIQ = /location[_-]?iq/i;

const base = namedValue({
  vendor: 'location[_-]?iq',
  value: '(?:pk\\.)?[0-9a-f]{32}',
  context: LOCATIONIQ,
  // An API token on its own (a tile URL, a printed request), checked for LocationIQ below.
  call: '(?<![A-Za-z0-9_.-])(pk\\.[0-9a-f]{32})(?![A-Za-z0-9_-])'
});

/**
 * LocationIQ API access tokens (`pk.` and 32 hex digits), by a LocationIQ name, a generic
 * key name next to a LocationIQ host (`us1.locationiq.com/v1/search?key=…`), or on their own
 * where LocationIQ is named nearby. Account tokens (`sk.`) manage the account and cannot call
 * the data APIs; LocationIQ documents only their prefix, so they are not matched.
 */
export const locationiqAccessToken: IRule = {
  id: 'locationiq-access-token',
  title: 'LocationIQ access token',
  severity: 'warning',
  description:
    'A LocationIQ access token spends the geocoding, routing and map requests of its account; without referrer or IP restrictions anyone who reads it can use up the daily quota or run up a bill.',
  remediation: rotate(
    'the LocationIQ dashboard (API Access Tokens), and restrict new tokens by referrer or IP'
  ),
  revokeUrl: 'https://my.locationiq.com/dashboard',
  envName: 'LOCATIONIQ_API_KEY',
  keywords: ['locationiq', 'location_iq', 'location-iq'],
  priority: 2,
  ...base,
  validate: (secret, context) =>
    // The checks see the hex: to the code check, `pk.` and hex reads like an attribute.
    (secret.startsWith('pk.')
      ? base.validate!(secret.slice(3), {
          ...context,
          start: context.start + 3
        })
      : base.validate!(secret, context)) &&
    (context.match[3] === undefined || near(context, LOCATIONIQ, 1000)),
  samples: {
    positive: [
      `r = requests.get("https://us1.locationiq.com/v1/search", params={"key": "pk.${fakeToken(32, HEX, 'liq')}", "q": place, "format": "json"})`,
      `LOCATIONIQ_API_KEY = "pk.${fakeToken(32, HEX, 'liq2')}"`,
      `%env LOCATIONIQ_API_KEY=pk.a${fakeToken(31, HEX, 'liq7')}`,
      `keys = ["pk.${fakeToken(32, HEX, 'liq3')}", "pk.${fakeToken(32, HEX, 'liq6')}"]  # LocationIQ, one per region`
    ],
    negative: [
      'requests.get("https://us1.locationiq.com/v1/search?key=YOUR_ACCESS_TOKEN&q=Empire%20State%20Building&format=json")',
      // LocationIQ is named, but far from this value.
      `cache_key = "pk.${fakeToken(32, HEX, 'liq4')}"\n${'# -\n'.repeat(400)}import locationiq`,
      `LOCATIONIQ_REGION = "eu1"\nplace_id = "${fakeToken(9, '0123456789', 'liq5')}"`
    ]
  }
};
