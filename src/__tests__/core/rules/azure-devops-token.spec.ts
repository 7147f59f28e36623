import { fakeToken } from '../../../core';
import { checkCases, describeContexts } from './contexts';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const pat84 = `${fakeToken(76, undefined, 'ado84a')}AZDO${fakeToken(4, undefined, 'ado84b')}`;
const pat52 = fakeToken(52, BASE32, 'ado52');

describe('azure-devops-token', () => {
  describeContexts('azure-devops-token', pat84, 'AZURE_DEVOPS_EXT_PAT');

  checkCases([
    [
      'a legacy PAT under its variable name',
      `%env AZURE_DEVOPS_EXT_PAT=${pat52}`,
      'azure-devops-token-legacy',
      1
    ],
    [
      'a legacy PAT under a generic name with the organisation URL nearby',
      `ORG = "https://dev.azure.com/lab"\ntoken = "${pat52}"`,
      'azure-devops-token-legacy',
      1
    ],
    [
      'a legacy PAT in a pipeline variable',
      `SYSTEM_ACCESSTOKEN: ${pat52}`,
      'azure-devops-token-legacy',
      1
    ],
    [
      'lower-case base32 with no Azure DevOps nearby',
      `token = "${pat52}"\nurl = "https://example.org"`,
      'azure-devops-token-legacy',
      0
    ],
    [
      'the variable read from the environment',
      'pat = os.environ["AZURE_DEVOPS_EXT_PAT"]',
      'azure-devops-token-legacy',
      0
    ],
    [
      'AZDO in prose',
      'Set up AZDO pipelines for the lab',
      'azure-devops-token',
      0
    ]
  ]);
});
