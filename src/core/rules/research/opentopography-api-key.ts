/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { namedValue } from '../named-value';
import { rotate } from '../shared';

/** OpenTopography API keys (32 hex), by name or next to the OpenTopography API. */
export const opentopographyApiKey: IRule = {
  id: 'opentopography-api-key',
  title: 'OpenTopography API key',
  severity: 'warning',
  description:
    'An OpenTopography API key downloads data on your account’s quota (and academic-only datasets under your affiliation).',
  remediation: rotate('OpenTopography (MyOpenTopo › Request API key)'),
  revokeUrl: 'https://portal.opentopography.org/myopentopo',
  envName: 'OPENTOPOGRAPHY_API_KEY',
  keywords: ['opentopo'],
  priority: 2,
  ...namedValue({
    vendor: 'opentopo(?:graphy)?',
    value: '[0-9a-f]{32}',
    context: /opentopography\.org/i
  }),
  samples: {
    positive: [
      `url = f"https://portal.opentopography.org/API/globaldem?demtype=SRTMGL3&API_Key=${fakeToken(32, HEX, 'ot')}"`
    ],
    negative: [
      `checksum = "${fakeToken(32, HEX, 'ot2')}"  # opentopography tile`
    ]
  }
};
