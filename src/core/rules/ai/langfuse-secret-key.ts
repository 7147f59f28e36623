/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeUuid } from '../../fake-credentials';
import { IRule } from '../../types';
import { rotate } from '../shared';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * Langfuse secret keys (`sk-lf-` and a UUID). The public key (`pk-lf-`) only names the
 * project, so it is not reported.
 */
export const langfuseSecretKey: IRule = {
  id: 'langfuse-secret-key',
  title: 'Langfuse secret key',
  severity: 'error',
  description:
    'A Langfuse secret key (with the public key, which sits next to it) reads and writes the traces of a Langfuse project: the prompts, model outputs and data of every logged run.',
  remediation: rotate('Langfuse (project Settings › API Keys)'),
  revokeUrl: 'https://cloud.langfuse.com/',
  envName: 'LANGFUSE_SECRET_KEY',
  keywords: ['sk-lf-'],
  pattern: new RegExp(
    `(?<![A-Za-z0-9_-])(sk-lf-${UUID})(?![A-Za-z0-9_-])`,
    'gi'
  ),
  secretGroup: 1,
  minEntropy: 3,
  priority: 2,
  samples: {
    positive: [
      `os.environ["LANGFUSE_SECRET_KEY"] = "sk-lf-${fakeUuid('langfuse')}"`,
      `langfuse = Langfuse(public_key="pk-lf-${fakeUuid('lf-pk')}", secret_key="sk-lf-${fakeUuid('lf-sk')}", host="https://cloud.langfuse.com")`
    ],
    negative: [
      `LANGFUSE_PUBLIC_KEY=pk-lf-${fakeUuid('lf-pk2')}`,
      'LANGFUSE_SECRET_KEY=sk-lf-...',
      `LANGFUSE_SECRET_KEY=sk-lf-${[8, 4, 4, 4, 12].map(n => '0'.repeat(n)).join('-')}`
    ]
  }
};
