import { IRule } from '../../types';
import { plaidAccessToken } from './plaid-access-token';
import { shopifyToken } from './shopify-token';
import { squareToken } from './square-token';

/** Rules for payment, commerce and banking services. */
export const paymentsRules: readonly IRule[] = [
  plaidAccessToken,
  shopifyToken,
  squareToken
];
