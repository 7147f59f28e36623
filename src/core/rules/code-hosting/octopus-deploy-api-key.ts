/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { UPPER_ALNUM } from '../alphabets';
import { rotate } from '../shared';

/** Octopus Deploy API keys (`API-` + 26 upper-case letters and digits). */
export const octopusDeployApiKey: IRule = {
  id: 'octopus-deploy-api-key',
  title: 'Octopus Deploy API key',
  severity: 'error',
  description:
    'An Octopus Deploy API key acts as its user: it deploys releases and reads the variables (often other credentials) of the spaces it can reach.',
  remediation: rotate('Octopus Deploy (Profile › My API keys)'),
  revokeUrl:
    'https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key',
  envName: 'OCTOPUS_API_KEY',
  keywords: ['api-'],
  pattern: /(?<![A-Za-z0-9_-])(API-[A-Z0-9]{26})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  // Letters and digits both: a run of one kind is a name or a number, not a key.
  validate: secret => /[A-Za-z]/.test(secret.slice(4)) && /\d/.test(secret),
  samples: {
    positive: [`OCTOPUS_CLI_API_KEY=API-${fakeToken(26, UPPER_ALNUM, 'octo')}`],
    negative: ['API-' + 'X'.repeat(26), 'API-DOCUMENTATIONANDREFERENCES']
  }
};
