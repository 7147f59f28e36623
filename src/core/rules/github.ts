/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { hasTokenChecksum } from '../crc32';
import { fakeGithubToken } from '../fake-credentials';
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { badChecksumRule } from './bad-checksum';

const DESCRIPTION =
  'A GitHub token acts as you on GitHub: anyone who can open this notebook on the shared hub (or its copies, exports and backups) can read and push to your repositories.';
const REMEDIATION =
  'Read it from an environment variable (GITHUB_TOKEN) or the hub secret store instead. If it was saved or shared, revoke it on GitHub and create a new one.';

/**
 * GitHub classic tokens (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`).
 *
 * Notes: the format carries a CRC32 checksum, verified offline so that random strings
 * and hand-made placeholders of the right shape are not reported.
 */
export const githubToken: IRule = {
  id: 'github-token',
  title: 'GitHub token',
  severity: 'error',
  description: DESCRIPTION,
  remediation: REMEDIATION,
  revokeUrl: 'https://github.com/settings/tokens',
  envName: 'GITHUB_TOKEN',
  keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
  pattern: /(?<![A-Za-z0-9_])(gh[opusr]_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  priority: 1,
  validate: hasTokenChecksum,
  samples: {
    positive: [
      `token = "${fakeGithubToken('ghp')}"`,
      `!git clone https://${fakeGithubToken('ghp')}@github.com/org/repo.git`,
      `GITHUB_TOKEN=${fakeGithubToken('ghs')}`
    ],
    negative: [
      'ghp_' + 'x'.repeat(36),
      `ghp_${fakeToken(36)}`, // right shape, wrong checksum
      'tokens start with ghp_ followed by 36 characters'
    ]
  }
};

/** GitHub fine-grained personal access tokens (`github_pat_`). */
export const githubFineGrainedToken: IRule = {
  id: 'github-fine-grained-token',
  title: 'GitHub fine-grained token',
  severity: 'error',
  description: DESCRIPTION,
  remediation: REMEDIATION,
  revokeUrl: 'https://github.com/settings/personal-access-tokens',
  envName: 'GITHUB_TOKEN',
  keywords: ['github_pat_'],
  pattern: /(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  priority: 1,
  minEntropy: 4,
  samples: {
    positive: [`gh = Github("github_pat_${fakeToken(22)}_${fakeToken(59)}")`],
    negative: [
      `github_pat_${'X'.repeat(22)}_${'X'.repeat(59)}`,
      'github_pat_...'
    ]
  }
};

/** One character of a valid GitHub token changed: the checksum no longer matches. */
const typo = (token: string): string =>
  token.slice(0, 10) + (token[10] === 'Q' ? 'R' : 'Q') + token.slice(11);

/** GitHub-shaped classic tokens whose checksum does not match. */
export const githubTokenBadChecksum: IRule = badChecksumRule(githubToken, {
  name: 'GitHub token',
  valid: hasTokenChecksum,
  where: 'GitHub (Settings › Developer settings)',
  samples: {
    positive: [
      `GITHUB_TOKEN = "${typo(fakeGithubToken('ghp', 'gh-typo'))}"`,
      `gh auth login --with-token <<< ghs_${fakeToken(36, undefined, 'gh-bad')}`
    ],
    negative: [
      fakeGithubToken('gho', 'gh-valid'), // a valid checksum: github-token's
      'ghp_' + 'x'.repeat(36),
      `ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789`
    ]
  }
});
