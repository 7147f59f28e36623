/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { rotate } from '../shared';

/** SonarQube / SonarCloud tokens: project (`sqp_`), user (`squ_`) and global analysis (`sqa_`). */
export const sonarqubeToken: IRule = {
  id: 'sonarqube-token',
  title: 'SonarQube token',
  severity: 'error',
  description:
    'A SonarQube token runs analyses and, for user tokens, reads the code and findings of every project its user can see.',
  remediation: rotate('SonarQube (My Account › Security)'),
  revokeUrl: 'https://sonarcloud.io/account/security',
  envName: 'SONAR_TOKEN',
  keywords: ['sqp_', 'squ_', 'sqa_'],
  pattern: /(?<![A-Za-z0-9_])(sq[pua]_[0-9a-f]{40})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [`!sonar-scanner -Dsonar.token=squ_${fakeToken(40, HEX, 'sq')}`],
    negative: ['squ_' + '0'.repeat(40)]
  }
};
