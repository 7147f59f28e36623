/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { BASE64URL, HEX } from '../alphabets';
import { namedValue } from '../named-value';
import { near, rotate } from '../shared';

/** A Blynk device auth token: 32 letters, digits, `_` and `-` (hex in legacy Blynk). */
const VALUE = '[A-Za-z0-9_-]{32}';

const BLYNK = /blynk/i;

const base = namedValue({
  // `BLYNK_AUTH_TOKEN`, `Blynk.begin("…")`, `BlynkLib.Blynk("…")`, `blynklib.Blynk("…")`.
  vendor: 'blynk',
  value: VALUE,
  context: BLYNK,
  // The device HTTPS API (`…blynk.cloud/external/api/update?token=…`), the legacy one
  // (`blynk-cloud.com/<token>/update/V1`) and the `char auth[]` of Arduino sketches.
  call: `(?:(?:blynk\\.cloud|blynk-cloud\\.com)(?::\\d{1,5})?/(?:external/api/[a-z/]{1,40}\\?(?:[A-Za-z0-9_.%=-]{0,80}&)?token=)?|char[ \\t]{1,3}auth\\[\\][ \\t]{0,3}=[ \\t]{0,3}")(${VALUE})(?![A-Za-z0-9_-])`
});

/**
 * Blynk device auth tokens (32 characters) by a Blynk name (`#define BLYNK_AUTH_TOKEN`),
 * a Blynk client call, the device HTTPS API's `token=` on a `blynk.cloud` host, or the
 * `char auth[]` of a sketch that uses Blynk.
 */
export const blynkAuthToken: IRule = {
  id: 'blynk-auth-token',
  title: 'Blynk auth token',
  severity: 'error',
  description:
    'A Blynk auth token connects as its device: anyone who has it can send data in the device’s name and read or set its datastreams, which may switch real hardware.',
  remediation: rotate(
    'Blynk.Console (the device’s Device Info tab: regenerate the auth token, then reflash or reprovision the device)'
  ),
  revokeUrl: 'https://blynk.cloud/dashboard',
  envName: 'BLYNK_AUTH_TOKEN',
  keywords: ['blynk'],
  priority: 2,
  ...base,
  // A `char auth[]` counts only in a sketch that uses Blynk.
  validate: (secret, context) =>
    base.validate!(secret, context) &&
    (context.match[3] === undefined || near(context, BLYNK, 1500)),
  samples: {
    positive: [
      `#define BLYNK_TEMPLATE_ID "TMPL${fakeToken(8, BASE64URL, 'blynk0')}"\n#define BLYNK_AUTH_TOKEN "${fakeToken(32, BASE64URL, 'blynk')}"`,
      `requests.get(f"https://fra1.blynk.cloud/external/api/update?token=${fakeToken(32, BASE64URL, 'blynk2')}&v1={temperature}")`,
      `#include <BlynkSimpleEsp8266.h>\nchar auth[] = "${fakeToken(32, HEX, 'blynk3')}";\nvoid setup() { Blynk.begin(auth, ssid, pass); }`,
      `import BlynkLib\nblynk = BlynkLib.Blynk('${fakeToken(32, BASE64URL, 'blynk4')}')`
    ],
    negative: [
      '#include <BlynkSimpleEsp8266.h>\nchar auth[] = "YourAuthToken";',
      `char auth[] = "${fakeToken(24, HEX, 'blynk5')}xxxxxxxx"; // Blynk token, partly masked`,
      'BLYNK_AUTH_TOKEN = os.environ["BLYNK_AUTH_TOKEN"]',
      `#define BLYNK_TEMPLATE_ID "TMPL${fakeToken(8, BASE64URL, 'blynk6')}"\n#define BLYNK_TEMPLATE_NAME "Greenhouse Monitor"`
    ]
  }
};
