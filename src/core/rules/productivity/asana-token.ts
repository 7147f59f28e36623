/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { rotate } from '../shared';

const DIGITS = '0123456789';

/** Asana personal access tokens (`1/…:<32 hex>`, `2/…/…:<32 hex>`) next to Asana code. */
export const asanaToken: IRule = {
  id: 'asana-token',
  title: 'Asana personal access token',
  severity: 'error',
  description:
    'An Asana personal access token acts as you in every workspace you belong to: read and change tasks, projects and comments.',
  remediation: rotate('Asana (Developer console › Personal access tokens)'),
  revokeUrl: 'https://app.asana.com/0/my-apps',
  envName: 'ASANA_TOKEN',
  keywords: ['asana'],
  pattern:
    /(?<![A-Za-z0-9/])([12]\/\d{12,20}(?:\/\d{12,20})?:[0-9a-f]{32})(?![A-Za-z0-9])/g,
  secretGroup: 1,
  minEntropy: 3,
  samples: {
    positive: [
      `client = asana.Client.access_token("2/${fakeToken(16, DIGITS, 'as')}/${fakeToken(16, DIGITS, 'as2')}:${fakeToken(32, HEX, 'as3')}")`
    ],
    negative: [`asana task 1/${fakeToken(16, DIGITS, 'as4')}`]
  }
};
