/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { LOWER_ALNUM } from '../alphabets';
import { rotate } from '../shared';

/** ReadMe API keys (`rdme_` + 70 lower-case letters and digits). */
export const readmeApiKey: IRule = {
  id: 'readme-api-key',
  title: 'ReadMe API key',
  severity: 'error',
  description:
    'A ReadMe API key edits the documentation, changelogs and API definitions of its project and reads its API usage logs.',
  remediation: rotate('ReadMe (the project’s Configuration › API keys)'),
  revokeUrl: 'https://docs.readme.com/main/reference/intro/authentication',
  envName: 'README_API_KEY',
  keywords: ['rdme_'],
  pattern: /(?<![A-Za-z0-9_])(rdme_[a-z0-9]{70})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 4,
  // Letters and digits both: a run of one kind is a name or a number, not a key.
  validate: secret => /[A-Za-z]/.test(secret.slice(4)) && /\d/.test(secret),
  samples: {
    positive: [`README_API_KEY=rdme_${fakeToken(70, LOWER_ALNUM, 'rdme')}`],
    negative: ['rdme_' + 'x'.repeat(70), 'rdme_docs_sync.yml']
  }
};
