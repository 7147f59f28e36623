/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { namedValue } from '../named-value';

/** The example token of Particle's Cloud API reference, pasted into tutorials verbatim. */
const DOCUMENTED_EXAMPLE = '38bb7b318cc6898c80317decb34525844bc9db55';

const base = namedValue({
  vendor: 'particle',
  value: '[0-9a-f]{40}',
  // `access_token=…` on `api.particle.io`, `Authorization: Bearer …` next to it.
  context: /particle\.io|ParticleCloud|pyparticle/i,
  // Not the device ids and hashes that sit beside the token.
  name: /token|key|secret|auth/i,
  // The Particle CLI: `particle login --token …`, `particle cloud login -t …`.
  call: `particle(?:[ \\t]{1,3}cloud)?[ \\t]{1,3}login\\b[^\\n]{0,100}?[ \\t](?:--token|-t)(?:[ \\t]{1,3}|=)["']?([0-9a-f]{40})(?![A-Za-z0-9_-])`
});

/**
 * Particle Cloud access tokens (40 hex digits) by a Particle name
 * (`PARTICLE_ACCESS_TOKEN`), a token parameter or header next to `api.particle.io`, or the
 * `particle login --token` of the Particle CLI. A bare 40-hex value is a SHA-1 as often as
 * a token, so the rule needs one of these.
 */
export const particleAccessToken: IRule = {
  id: 'particle-access-token',
  title: 'Particle access token',
  severity: 'error',
  description:
    'A Particle access token acts as its user on the Particle Cloud: it can call functions on, flash firmware to and read the variables of every device in the account and its products.',
  remediation:
    'Read it from an environment variable (PARTICLE_ACCESS_TOKEN) or the hub secret store, and give tokens an expiry. If it was saved or shared, revoke it (`particle token revoke`, or the Particle console) and create a new one.',
  revokeUrl: 'https://console.particle.io/',
  envName: 'PARTICLE_ACCESS_TOKEN',
  keywords: [
    'particle_access',
    'particle_token',
    'particle_api',
    'particle.io',
    'particle login',
    'particle cloud login',
    'particlecloud'
  ],
  priority: 2,
  ...base,
  validate: (secret, context) =>
    secret.toLowerCase() !== DOCUMENTED_EXAMPLE &&
    base.validate!(secret, context),
  samples: {
    positive: [
      `PARTICLE_ACCESS_TOKEN = "${fakeToken(40, HEX, 'particle')}"`,
      `r = requests.get("https://api.particle.io/v1/devices", headers={"Authorization": "Bearer ${fakeToken(40, HEX, 'particle2')}"})`,
      `!particle login --token ${fakeToken(40, HEX, 'particle3')}`
    ],
    negative: [
      `PARTICLE_DEVICE_ID = "${fakeToken(24, HEX, 'particle4')}"`,
      `curl -H "Authorization: Bearer ${DOCUMENTED_EXAMPLE}" https://api.particle.io/v1/devices`,
      `# fetched from api.particle.io\nfirmware_sha1 = "${fakeToken(40, HEX, 'particle5')}"`,
      'particle.configure(access_token=os.environ["PARTICLE_ACCESS_TOKEN"])'
    ]
  }
};
