/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { randomLooking, rotate } from '../shared';

/**
 * OWASP Dependency-Track API keys: the `odt_` prefix (the default since 4.9), then the
 * key (32 or more letters and digits; newer servers put a public id and a `.` first).
 */
export const dependencyTrackApiKey: IRule = {
  id: 'dependency-track-api-key',
  title: 'Dependency-Track API key',
  severity: 'error',
  description:
    'A Dependency-Track API key acts with its team’s permissions: upload SBOMs, read every project’s components and vulnerabilities, and change analyses.',
  remediation: rotate(
    'Dependency-Track (Administration › Access Management › Teams › the team’s API keys)'
  ),
  revokeUrl: 'https://docs.dependencytrack.org/integrations/rest-api/',
  envName: 'DTRACK_API_KEY',
  keywords: ['odt_'],
  pattern:
    /(?<![A-Za-z0-9_])(odt_(?:[A-Za-z0-9]{4,32}\.)?[A-Za-z0-9]{32,128})(?![A-Za-z0-9_.])/g,
  secretGroup: 1,
  validate: secret => randomLooking(secret.slice(4).replace('.', ''), 3),
  samples: {
    positive: [
      `headers = {"X-Api-Key": "odt_${fakeToken(32, ALNUM, 'dt')}"}`,
      `DTRACK_API_KEY=odt_${fakeToken(8, ALNUM, 'dt-id')}.${fakeToken(40, ALNUM, 'dt-2')}`
    ],
    negative: [
      'odt_' + 'x'.repeat(32),
      'odt_dependency_track_api_key_placeholder'
    ]
  }
};
