import { fakeHex } from '../../../core';
import { idsIn } from './contexts';

describe('twilio rules', () => {
  const sid = `AC${fakeHex(32, 'tw-sid')}`;
  const token = fakeHex(32, 'tw-token');

  it.each([
    [
      'a client with SID and token',
      `from twilio.rest import Client\nclient = Client("${sid}", "${token}")`,
      'twilio-auth-token',
      1
    ],
    [
      'an environment assignment',
      `%env TWILIO_AUTH_TOKEN=${token}`,
      'twilio-auth-token',
      1
    ],
    [
      'a config dict',
      `{"twilio": {"account_sid": "${sid}", "auth_token": "${token}"}}`,
      'twilio-auth-token',
      1
    ],
    [
      'an API key SID',
      `TWILIO_API_KEY=SK${fakeHex(32, 'sk')}`,
      'twilio-api-key',
      1
    ],
    [
      '32 hex without Twilio context',
      `auth_token = "${token}"`,
      'twilio-auth-token',
      0
    ],
    ['an md5 checksum', `md5 = "${token}"`, 'twilio-auth-token', 0]
  ])('should handle %s', (_reason, text, ruleId, expected) => {
    expect(idsIn(text).filter(r => r === ruleId)).toHaveLength(expected);
  });
});
