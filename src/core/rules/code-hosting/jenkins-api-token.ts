/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { namedValue } from '../named-value';
import { rotate } from '../shared';

/**
 * Jenkins API tokens (`11` then 32 hex, the format since Jenkins 2.129) under a Jenkins
 * name, or under a generic one next to a Jenkins URL or client.
 */
export const jenkinsApiToken: IRule = {
  id: 'jenkins-api-token',
  title: 'Jenkins API token',
  severity: 'error',
  description:
    'A Jenkins API token acts as its user on the server: start and configure jobs, read their logs and stored credentials as far as that user can.',
  remediation: rotate('Jenkins (your user › Security › API Token › Revoke)'),
  revokeUrl: 'https://www.jenkins.io/doc/book/using/remote-access-api/',
  envName: 'JENKINS_API_TOKEN',
  keywords: ['jenkins'],
  priority: 2,
  ...namedValue({
    vendor: 'jenkins',
    value: '11[0-9a-f]{32}',
    after: '0-9a-fA-F',
    context: /jenkins/i
  }),
  samples: {
    positive: [
      `JENKINS_API_TOKEN = "11${fakeToken(32, HEX, 'jk')}"`,
      `server = jenkins.Jenkins("https://ci.example.org", username="ci", password="11${fakeToken(32, HEX, 'jk-2')}")`
    ],
    negative: [
      `jenkins_build_sha = "${fakeToken(40, HEX, 'jk-sha')}"`,
      'JENKINS_API_TOKEN = os.environ["JENKINS_API_TOKEN"]'
    ]
  }
};
