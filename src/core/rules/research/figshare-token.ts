/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { namedValue } from '../named-value';
import { rotate } from '../shared';

/** figshare personal tokens (128 hex digits), by name or next to the figshare API. */
export const figshareToken: IRule = {
  id: 'figshare-token',
  title: 'figshare personal token',
  severity: 'error',
  description:
    'A figshare token creates, edits and publishes items in your account and reads your private ones.',
  remediation: rotate('figshare (Applications › Personal tokens)'),
  revokeUrl: 'https://figshare.com/account/applications',
  envName: 'FIGSHARE_TOKEN',
  keywords: ['figshare'],
  priority: 2,
  ...namedValue({
    vendor: 'figshare',
    value: '[0-9a-f]{128}',
    context: /figshare\.com/i
  }),
  samples: {
    positive: [
      `headers = {"Authorization": "token ${fakeToken(128, HEX, 'figshare')}"}\nrequests.get("https://api.figshare.com/v2/account/articles", headers=headers)`
    ],
    negative: [
      `sha512 = "${fakeToken(128, HEX, 'figshare2')}"  # figshare file checksum`
    ]
  }
};
