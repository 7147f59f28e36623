import { IRule } from '../../types';
import { duffelApiToken } from './duffel-api-token';
import { easypostApiKey } from './easypost-api-key';
import { flutterwaveSecretKey } from './flutterwave-secret-key';
import { krakenApiSecret } from './kraken-api-secret';
import { kucoinApiSecret } from './kucoin-api-secret';
import { plaidAccessToken } from './plaid-access-token';
import { shopifyToken } from './shopify-token';
import { squareToken } from './square-token';

/** Rules for payment, commerce and banking services. */
export const paymentsRules: readonly IRule[] = [
  duffelApiToken,
  easypostApiKey,
  flutterwaveSecretKey,
  krakenApiSecret,
  kucoinApiSecret,
  plaidAccessToken,
  shopifyToken,
  squareToken
];
