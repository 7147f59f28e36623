/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { entropy } from '../../entropy';
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM, HEX } from '../alphabets';
import { namedValue } from '../named-value';
import { randomLooking, rotate } from '../shared';

/** A prefixed Ubidots token: `BBFF-` or `BBUS-` and 30 or more letters and digits. */
const PREFIXED = 'BB(?:FF|US)-[A-Za-z0-9]{30,60}';

const base = namedValue({
  vendor: 'ubidots',
  // Older tokens, and the account's API key, have no prefix (30 or more characters).
  value: `${PREFIXED}|[A-Za-z0-9]{30,64}`,
  // `X-Auth-Token`, `token`, `apikey` next to an Ubidots host or client.
  context: /ubidots/i,
  // Not the device labels and variable ids that sit beside the token.
  name: /token|key|secret|auth/i,
  // A prefixed token need not hold a digit (one in two hundred has none).
  random: secret =>
    /^bb(?:ff|us)-/i.test(secret)
      ? entropy(secret.slice(5)) >= 3.5
      : randomLooking(secret),
  call: `(?<![A-Za-z0-9_-])(${PREFIXED})(?![A-Za-z0-9_-])`
});

/**
 * Ubidots tokens (`BBFF-` and `BBUS-` prefixed, anywhere) and the unprefixed tokens and
 * account API key by an Ubidots name (`UBIDOTS_TOKEN`, `x-ubidots-apikey`) or a token
 * header next to an Ubidots host (`X-Auth-Token` for `industrial.api.ubidots.com`).
 */
export const ubidotsToken: IRule = {
  id: 'ubidots-token',
  title: 'Ubidots token',
  severity: 'error',
  description:
    'An Ubidots token reads and writes the devices, variables and dashboards of its account, including the values that drive actuators; the account API key creates new tokens.',
  remediation: rotate(
    'Ubidots (My Profile › API Credentials: delete the token and create a new one)'
  ),
  revokeUrl: 'https://industrial.ubidots.com/',
  envName: 'UBIDOTS_TOKEN',
  keywords: ['ubidots', 'bbff-', 'bbus-'],
  priority: 2,
  ...base,
  // The pattern ignores case; the prefix does not.
  validate: (secret, context) =>
    base.validate!(secret, context) &&
    (!/^bb(?:ff|us)-/i.test(secret) || /^BB(?:FF|US)-/.test(secret)),
  samples: {
    positive: [
      `TOKEN = "BBUS-${fakeToken(30, ALNUM, 'ubi')}"  # Ubidots token`,
      `headers = {"X-Auth-Token": "${fakeToken(30, ALNUM, 'ubi2')}", "Content-Type": "application/json"}\nrequests.post("https://industrial.api.ubidots.com/api/v1.6/devices/weather-station", json=payload, headers=headers)`,
      `%env UBIDOTS_TOKEN=BBFF-${fakeToken(30, ALNUM, 'ubi3')}`
    ],
    negative: [
      'UBIDOTS_TOKEN = "BBFF-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
      `UBIDOTS_VARIABLE_ID = "${fakeToken(24, HEX, 'ubi4')}"`,
      `ubidots_device_label = "${fakeToken(30, ALNUM, 'ubi5')}"`,
      'CAMPAIGN_VERSION = "bbus-dawn-peak-colab-1.1"'
    ]
  }
};
