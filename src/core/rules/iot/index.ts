import { IRule } from '../../types';
import { blynkAuthToken } from './blynk-auth-token';
import { particleAccessToken } from './particle-access-token';
import { thingsboardAccessToken } from './thingsboard-access-token';
import { ubidotsToken } from './ubidots-token';

/** Rules for IoT platforms: device tokens and the accounts behind them. */
export const iotRules: readonly IRule[] = [
  blynkAuthToken,
  particleAccessToken,
  thingsboardAccessToken,
  ubidotsToken
];
