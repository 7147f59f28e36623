/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { rotate } from '../shared';

/** Shopify access tokens and shared secrets (`shpat_`, `shpca_`, `shppa_`, `shpss_`). */
export const shopifyToken: IRule = {
  id: 'shopify-token',
  title: 'Shopify access token or shared secret',
  severity: 'error',
  description:
    'A Shopify admin access token reads and changes the store it was issued for: products, orders and customer data.',
  remediation: rotate(
    'the Shopify admin (Apps › Develop apps › API credentials)'
  ),
  revokeUrl: 'https://help.shopify.com/en/manual/apps/app-types/custom-apps',
  envName: 'SHOPIFY_ACCESS_TOKEN',
  keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
  pattern:
    /(?<![A-Za-z0-9_])(shp(?:at|ca|pa|ss)_[0-9a-fA-F]{32})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [
      `headers = {"X-Shopify-Access-Token": "shpat_${fakeToken(32, HEX, 'shp')}"}`
    ],
    negative: ['shpat_' + '0'.repeat(32)]
  }
};
