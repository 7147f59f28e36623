/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { LOWER_ALNUM } from '../alphabets';
import { rotate } from '../shared';

/** NuGet API keys (`oy2` and 43 lower-case letters and digits). */
export const nugetApiKey: IRule = {
  id: 'nuget-api-key',
  title: 'NuGet API key',
  severity: 'error',
  description:
    'A NuGet API key pushes (and unlists) versions of your packages: a supply-chain risk for everyone who installs them.',
  remediation: rotate('NuGet.org (Account › API Keys)'),
  revokeUrl: 'https://www.nuget.org/account/apikeys',
  envName: 'NUGET_API_KEY',
  keywords: ['oy2'],
  pattern: /(?<![A-Za-z0-9_])(oy2[a-z0-9]{43})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  validate: secret => /\d/.test(secret.slice(3)),
  samples: {
    positive: [
      `!dotnet nuget push pkg.nupkg --api-key oy2${fakeToken(43, LOWER_ALNUM, 'nuget')} --source https://api.nuget.org/v3/index.json`
    ],
    negative: ['oy2' + 'a'.repeat(43)]
  }
};
