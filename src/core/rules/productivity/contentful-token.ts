/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { BASE64URL } from '../alphabets';
import { rotate } from '../shared';

/** Contentful personal access tokens (`CFPAT-`). */
export const contentfulToken: IRule = {
  id: 'contentful-token',
  title: 'Contentful personal access token',
  severity: 'error',
  description:
    'A Contentful personal access token changes the content models and entries of every space its user can edit.',
  remediation: rotate('Contentful (Account settings › CMA tokens)'),
  revokeUrl: 'https://app.contentful.com/account/profile/cma_tokens',
  envName: 'CONTENTFUL_MANAGEMENT_TOKEN',
  keywords: ['cfpat-'],
  pattern: /(?<![A-Za-z0-9_-])(CFPAT-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 4,
  samples: {
    positive: [
      `CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-${fakeToken(43, BASE64URL, 'cf')}`
    ],
    negative: ['CFPAT-' + 'x'.repeat(43)]
  }
};
