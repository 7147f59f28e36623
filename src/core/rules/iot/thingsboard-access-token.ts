/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeUuid } from '../../fake-credentials';
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { namedValue } from '../named-value';
import { mixedCase, near, rotate } from '../shared';

/**
 * A device access token: ThingsBoard generates 20 letters and digits
 * (`RandomStringUtils.randomAlphanumeric(20)`); an administrator may set another string.
 */
const VALUE = '[A-Za-z0-9_.-]{8,32}';

/** Where ThingsBoard is named: its hosts and clients, or its device MQTT topics. */
const THINGSBOARD = /thingsboard|tb_device_mqtt|tb_gateway|v1\/devices\/me\//i;

/** The ways a token is written without a name before it. */
const CALLS = [
  // The device HTTP API: the token is a path segment before the resource.
  `/api/v1/(?=${VALUE}/(?:telemetry|attributes|rpc|claiming)\\b)`,
  // MQTT: the token is the user name.
  `username_pw_set\\(\\s{0,3}(?:username\\s{0,3}=\\s{0,3})?["']`,
  `mosquitto_(?:pub|sub)\\b[^\\n]{0,300}?[ \\t]-u[ \\t]{1,3}["']?`,
  // The Python SDK: `TBDeviceMqttClient("host", username="…")`, `TBHTTPDevice(url, "…")`.
  `TB(?:DeviceMqttClient|HTTPDevice|HTTPClient|Client)\\(\\s{0,3}(?:host\\s{0,3}=\\s{0,3})?["'][^"'\\n]{1,120}["']\\s{0,3},\\s{0,3}(?:(?:port\\s{0,3}=\\s{0,3})?\\d{1,5}\\s{0,3},\\s{0,3})?(?:(?:username|token|access_token)\\s{0,3}=\\s{0,3})?["']`
];

const base = namedValue({
  vendor: 'thingsboard',
  value: VALUE,
  after: 'A-Za-z0-9_.\\-',
  context: THINGSBOARD,
  name: /token|key|secret|auth|cred/i,
  call: `(?:${CALLS.join('|')})(${VALUE})(?![A-Za-z0-9_.-])`
});

/**
 * Whether a token found by a device API call belongs to ThingsBoard: with ThingsBoard (or
 * its MQTT topics) named nearby, any random-looking token; elsewhere only a generated
 * token (20 mixed-case letters and digits) in a `/api/v1/<token>/telemetry` URL, since
 * MQTT user names and other APIs' paths look alike.
 */
function deviceCall(secret: string, match: RegExpExecArray): boolean {
  return (
    match[0].startsWith('/api/v1/') &&
    /^[A-Za-z0-9]{20}$/.test(secret) &&
    mixedCase(secret)
  );
}

/**
 * ThingsBoard device access tokens: by a ThingsBoard name, a generic token name next to a
 * ThingsBoard host, the device HTTP API (`/api/v1/<token>/telemetry`), or the MQTT user
 * name of a device (`mosquitto_pub -u`, `username_pw_set`, the Python SDK) next to
 * ThingsBoard's `v1/devices/me/` topics.
 */
export const thingsboardAccessToken: IRule = {
  id: 'thingsboard-access-token',
  title: 'ThingsBoard device access token',
  severity: 'error',
  description:
    'A ThingsBoard access token authenticates as its device: anyone who has it can publish telemetry and attributes in the device’s name and answer or receive its RPC commands.',
  remediation: rotate(
    'ThingsBoard (Entities › Devices › the device › Manage credentials: set a new access token)'
  ),
  revokeUrl:
    'https://thingsboard.io/docs/user-guide/ui/devices/#manage-device-credentials',
  envName: 'THINGSBOARD_ACCESS_TOKEN',
  keywords: ['thingsboard', 'v1/devices/me', '/api/v1/', 'tbdevicemqttclient'],
  priority: 2,
  ...base,
  validate: (secret, context) =>
    base.validate!(secret, context) &&
    (context.match[3] === undefined ||
      near(context, THINGSBOARD, 2000) ||
      deviceCall(secret, context.match)),
  samples: {
    positive: [
      `!curl -v -X POST http://192.168.1.20:8080/api/v1/${fakeToken(20, ALNUM, 'tb')}/telemetry --header "Content-Type:application/json" --data '{"temperature":25}'`,
      `!mosquitto_pub -d -q 1 -h "demo.thingsboard.io" -p 1883 -t "v1/devices/me/telemetry" -u "${fakeToken(20, ALNUM, 'tb2')}" -m '{"temperature":25}'`,
      `client = TBDeviceMqttClient("thingsboard.cloud", username="${fakeToken(20, ALNUM, 'tb3')}")`,
      `THINGSBOARD_ACCESS_TOKEN = "${fakeToken(20, ALNUM, 'tb4')}"`
    ],
    negative: [
      'client = TBDeviceMqttClient("127.0.0.1", username="A1_TEST_TOKEN")',
      'url = f"http://{THINGSBOARD_HOST}/api/v1/{ACCESS_TOKEN}/telemetry"',
      `# REST endpoints under /api/v1/\nclient.username_pw_set("${fakeToken(20, ALNUM, 'tb5')}", password)  # the lab broker`,
      `requests.get(f"https://inventory.example.org/api/v1/${fakeUuid('tb6')}/attributes")`,
      'THINGSBOARD_HOST = "tb1.lab.example.org"'
    ]
  }
};
