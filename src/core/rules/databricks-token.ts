/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeHex } from '../fake-credentials';
import { IRule } from '../types';
import { rotate } from './shared';

/** Databricks personal access tokens (`dapi` + 32 hex). */
export const databricksToken: IRule = {
  id: 'databricks-token',
  title: 'Databricks access token',
  severity: 'error',
  description:
    'A Databricks token acts as you in the workspace: run jobs on paid clusters and read every table you can.',
  remediation: rotate('Databricks (User settings › Developer › Access tokens)'),
  envName: 'DATABRICKS_TOKEN',
  keywords: ['dapi'],
  pattern: /(?<![A-Za-z0-9])(dapi[0-9a-f]{32}(?:-\d)?)(?![A-Za-z0-9])/g,
  secretGroup: 1,
  minEntropy: 3,
  samples: {
    positive: [`DATABRICKS_TOKEN=dapi${fakeHex(32)}`],
    negative: ['dapi' + '0'.repeat(32), 'the dapi prefix']
  }
};
