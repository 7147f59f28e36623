/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { rotate } from '../shared';

/** Postman API keys (`PMAK-`, 24 hex, `-`, 34 hex). */
export const postmanApiKey: IRule = {
  id: 'postman-api-key',
  title: 'Postman API key',
  severity: 'error',
  description:
    'A Postman API key reads and changes your workspaces, collections and environments, which often hold other keys.',
  remediation: rotate('Postman (Settings › API keys)'),
  revokeUrl: 'https://go.postman.co/settings/me/api-keys',
  envName: 'POSTMAN_API_KEY',
  keywords: ['pmak-'],
  pattern:
    /(?<![A-Za-z0-9_-])(PMAK-[0-9a-f]{24}-[0-9a-f]{34})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [
      `headers = {"X-Api-Key": "PMAK-${fakeToken(24, HEX, 'pm1')}-${fakeToken(34, HEX, 'pm2')}"}`
    ],
    negative: [`PMAK-${'0'.repeat(24)}-${'0'.repeat(34)}`]
  }
};
