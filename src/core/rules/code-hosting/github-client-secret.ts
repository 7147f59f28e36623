/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { namedValue } from '../named-value';
import { rotate } from '../shared';

/**
 * GitHub OAuth app client secrets and older personal access tokens: 40 hex, with no
 * prefix, under a GitHub name that says secret, token or key (`GITHUB_CLIENT_SECRET`,
 * `GITHUB_SECRET`, `github_token`), or given to PyGithub (`Github("…")`).
 *
 * Notes: a 40-hex value is also a commit id, so a name such as `GITHUB_SHA` is not enough.
 * A generic name (`client_secret`) next to github.com is not taken: notebooks link to
 * GitHub everywhere, and the generic branch would run on all of them.
 */
export const githubClientSecret: IRule = {
  id: 'github-client-secret',
  title: 'GitHub OAuth client secret or older token',
  severity: 'error',
  description:
    'A GitHub OAuth client secret lets anyone act as your OAuth app and exchange its users’ codes for tokens; an older personal access token of this shape acts as you on GitHub.',
  remediation: rotate(
    'GitHub (Settings › Developer settings › OAuth Apps › Generate a new client secret, or revoke the token under Personal access tokens)'
  ),
  revokeUrl: 'https://github.com/settings/developers',
  envName: 'GITHUB_CLIENT_SECRET',
  keywords: ['github'],
  ...namedValue({
    vendor: 'github',
    value: '[0-9a-f]{40}',
    after: '0-9a-fA-F',
    // A call (`Github("…")`) names no field: it passes too.
    name: /secret|token|key|pass|\(/i,
    call: `Github\\([ \\t]{0,3}(?:login_or_token[ \\t]{0,3}=[ \\t]{0,3})?["']([0-9a-f]{40})["']`
  }),
  samples: {
    positive: [
      `GITHUB_CLIENT_ID=Iv1.${fakeToken(16, HEX, 'gh-id')}\nGITHUB_CLIENT_SECRET=${fakeToken(40, HEX, 'gh-secret')}`,
      `g = Github("${fakeToken(40, HEX, 'gh-legacy')}")`
    ],
    negative: [
      `GITHUB_SHA = "${fakeToken(40, HEX, 'gh-sha')}"`,
      `github_commit: ${fakeToken(40, HEX, 'gh-commit')}`,
      'GITHUB_CLIENT_SECRET = os.environ["GITHUB_CLIENT_SECRET"]'
    ]
  }
};
