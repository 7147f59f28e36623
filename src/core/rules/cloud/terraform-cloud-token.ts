/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM, BASE64URL } from '../alphabets';
import { mixedCase, rotate } from '../shared';

/** HCP Terraform / Terraform Cloud API tokens (`….atlasv1.…`). */
export const terraformCloudToken: IRule = {
  id: 'terraform-cloud-token',
  title: 'HCP Terraform (Terraform Cloud) API token',
  severity: 'error',
  description:
    'A Terraform Cloud token runs plans and applies in your workspaces and reads their state and variables, which hold cloud credentials.',
  remediation: rotate('HCP Terraform (User settings › Tokens)'),
  revokeUrl: 'https://app.terraform.io/app/settings/tokens',
  envName: 'TFE_TOKEN',
  keywords: ['.atlasv1.'],
  pattern:
    /(?<![A-Za-z0-9_-])([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_-]{60,80})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: mixedCase,
  samples: {
    positive: [
      `credentials "app.terraform.io" {\n  token = "${fakeToken(14, ALNUM, 'tf1')}.atlasv1.${fakeToken(67, BASE64URL, 'tf2')}"\n}`
    ],
    negative: [`${'x'.repeat(14)}.atlasv1.${'x'.repeat(67)}`]
  }
};
