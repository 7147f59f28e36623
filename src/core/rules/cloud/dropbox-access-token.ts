/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { BASE64URL } from '../alphabets';
import { mixedCase, rotate } from '../shared';

/** Dropbox short-lived access tokens (`sl.` and about 140 characters). */
export const dropboxAccessToken: IRule = {
  id: 'dropbox-access-token',
  title: 'Dropbox access token',
  severity: 'error',
  description:
    'A Dropbox access token reads and writes the files its app may reach, for up to four hours or until revoked.',
  remediation: rotate(
    'Dropbox (Settings › Connected apps, or the app console)'
  ),
  revokeUrl: 'https://www.dropbox.com/account/connected_apps',
  envName: 'DROPBOX_ACCESS_TOKEN',
  keywords: ['sl.'],
  pattern:
    /(?<![A-Za-z0-9_.-])(sl\.(?:u\.)?[A-Za-z0-9_-]{130,1400})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 4.5,
  validate: mixedCase,
  samples: {
    positive: [
      `dbx = dropbox.Dropbox("sl.${fakeToken(138, BASE64URL, 'dbx')}")`
    ],
    negative: ['import ssl.create_default_context', 'sl.' + 'x'.repeat(140)]
  }
};
