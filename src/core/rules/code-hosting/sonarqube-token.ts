/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { rotate } from '../shared';

/**
 * SonarQube / SonarCloud tokens: project (`sqp_`), user (`squ_`) and global analysis
 * (`sqa_`), and the older unprefixed ones (40 hex) under the scanner's property names
 * (`sonar.login`, `sonar.token`, `SONAR_TOKEN`, `sonarLogin`), in any of their syntaxes.
 */
export const sonarqubeToken: IRule = {
  id: 'sonarqube-token',
  title: 'SonarQube token',
  severity: 'error',
  description:
    'A SonarQube token runs analyses and, for user tokens, reads the code and findings of every project its user can see.',
  remediation: rotate('SonarQube (My Account › Security)'),
  revokeUrl: 'https://sonarcloud.io/account/security',
  envName: 'SONAR_TOKEN',
  keywords: ['sqp_', 'squ_', 'sqa_', 'sonar'],
  pattern:
    /(?<![A-Za-z0-9_])(sq[pua]_[0-9a-f]{40})(?![A-Za-z0-9_])|(?:(?<=-D)|(?<![A-Za-z0-9]))sonar[._-]?(?:login|token)\\?["']?(?:[ \t]{0,3}[:=][ \t]{0,3}|["']?[ \t]{0,3},[ \t]{0,3})["']?([0-9a-f]{40})(?![0-9a-f])/gi,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [
      `!sonar-scanner -Dsonar.token=squ_${fakeToken(40, HEX, 'sq')}`,
      `!sonar-scanner -Dsonar.login=${fakeToken(40, HEX, 'sq-login')}`,
      `SONAR_TOKEN: ${fakeToken(40, HEX, 'sq-env')}`
    ],
    negative: [
      'squ_' + '0'.repeat(40),
      'sonar.login=$SONAR_TOKEN',
      `sonar.projectKey=${fakeToken(40, HEX, 'sq-key')}`
    ]
  }
};
