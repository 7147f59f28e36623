/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeUuid } from '../../fake-credentials';
import { IMatchContext, IRule, Severity } from '../../types';
import { near, rotate } from '../shared';

/** LaunchDarkly names and clients, for the `api-` tokens whose prefix is common. */
const LAUNCHDARKLY = /launchdarkly|ldclient|\bld[_-](?:api|access|sdk)/i;

/**
 * LaunchDarkly SDK keys (`sdk-`), mobile keys (`mob-`) and API access tokens (`api-`),
 * each a prefix and a UUID. Mobile keys are meant to ship in apps: a note.
 */
export const launchdarklyKey: IRule = {
  id: 'launchdarkly-key',
  title: 'LaunchDarkly SDK key or access token',
  severity: 'error',
  description:
    'A LaunchDarkly SDK key reads every feature flag and targeting rule of an environment, and an API access token changes flags, segments and settings as its role allows.',
  remediation: rotate(
    'LaunchDarkly (rotate the SDK key under the environment’s SDK credentials; delete access tokens under Organization settings › Authorization)'
  ),
  revokeUrl:
    'https://launchdarkly.com/docs/home/account/environment/keys#rotate-sdk-credentials',
  envName: 'LAUNCHDARKLY_SDK_KEY',
  keywords: [
    'sdk-',
    'mob-',
    'launchdarkly',
    'ldclient',
    'ld_api',
    'ld-api',
    'ld_access'
  ],
  priority: 2,
  pattern:
    /(?<![A-Za-z0-9_-])((sdk|mob|api)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/gi,
  secretGroup: 1,
  minEntropy: 3,
  validate: (_secret: string, context: IMatchContext): boolean | Severity => {
    const kind = context.match[2].toLowerCase();
    if (kind === 'api') {
      return near(context, LAUNCHDARKLY, 300);
    }
    return kind === 'mob' ? 'info' : true;
  },
  samples: {
    positive: [
      `ldclient.set_config(Config("sdk-${fakeUuid('ld')}"))`,
      `LD_API_TOKEN = "api-${fakeUuid('ld-2')}"`
    ],
    negative: [
      `service = "api-${fakeUuid('ld-3')}"`,
      `sdk-${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}`
    ]
  }
};
