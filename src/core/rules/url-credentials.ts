/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { URL_USERINFO, passwordPlaceholder, randomLooking } from './shared';

/** Web, FTP and git URLs with `user:password@` or a bare `TOKEN@` in them. */
export const urlCredentials: IRule = {
  id: 'url-credentials',
  title: 'Password in a URL',
  severity: 'error',
  description:
    'A user name and password in a URL are printed in logs, outputs and error messages; anyone who reads them can log in.',
  remediation:
    'Pass credentials separately (requests auth= from environment variables, ~/.netrc written outside the notebook). If it was shared, change the password.',
  envName: 'URL_PASSWORD',
  keywords: ['://'],
  pattern:
    /\b(?:https?|ftps?|sftp|ssh|git|svn|smb|webdav|s3):\/\/(?:([^\s:/@"'<>]{1,100}):([^\s@"'<>/]{1,200})|([A-Za-z0-9_-]{20,200}))@(?=[A-Za-z0-9[])/gi,
  mustContain: '@',
  prefilter: URL_USERINFO,
  secretGroup: 2,
  validate: (secret, context) =>
    context.match[3] !== undefined
      ? randomLooking(secret, 3.5) // a token used as the user name
      : !passwordPlaceholder(secret) && secret !== context.match[1],
  samples: {
    positive: [
      `urllib.request.urlretrieve("ftp://someone:${fakeToken(12)}@ftp.example.org/data.nc", "data.nc")`,
      `!git clone https://someone:${fakeToken(16)}@git.example.org/group/repo.git`,
      `!git clone https://${fakeToken(40)}@git.example.org/group/repo.git`
    ],
    negative: [
      'http://localhost:8888/lab',
      'https://user:password@example.org',
      'see https://docs.example.org/a:b@c for details'
    ]
  }
};
