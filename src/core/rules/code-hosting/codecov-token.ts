/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeUuid } from '../../fake-credentials';
import { IRule } from '../../types';
import { namedValue } from '../named-value';
import { rotate } from '../shared';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Codecov upload and API tokens (a UUID) under a Codecov name or after `codecov … -t`. */
export const codecovToken: IRule = {
  id: 'codecov-token',
  title: 'Codecov token',
  severity: 'warning',
  description:
    'A Codecov upload token lets anyone upload coverage reports to your repository on Codecov, and a Codecov API token reads its reports.',
  remediation: rotate(
    'Codecov (the repository’s or organisation’s Settings › General › Regenerate token)'
  ),
  revokeUrl: 'https://docs.codecov.com/docs/codecov-tokens',
  envName: 'CODECOV_TOKEN',
  keywords: ['codecov'],
  priority: 2,
  ...namedValue({
    vendor: 'codecov',
    value: UUID,
    after: '0-9a-f-',
    name: /token|key|secret/i,
    call: `codecov[^\n]{0,80}?[ \\t](?:-t|--token)(?:[ \\t]{1,3}|=)["']?(${UUID})(?![0-9a-f-])`
  }),
  samples: {
    positive: [
      `CODECOV_TOKEN=${fakeUuid('codecov')}`,
      `!codecovcli upload-process -t ${fakeUuid('codecov-2')}`
    ],
    negative: [
      `codecov_commit = "${fakeUuid('codecov-commit')}"`,
      '!codecovcli upload-process -t $CODECOV_TOKEN'
    ]
  }
};
