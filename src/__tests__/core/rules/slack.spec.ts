import { fakeToken } from '../../../core';
import { idsIn, idsInOutput, outputContexts, sourceContexts } from './contexts';

describe('slack', () => {
  describe('slack-token', () => {
    const secret = `xoxb-${fakeToken(12, '0123456789', 's1')}-${fakeToken(13, '0123456789', 's2')}-${fakeToken(24, undefined, 's3')}`;
    it.each(sourceContexts(secret, 'SLACK_BOT_TOKEN'))(
      'should find it in %s',
      (_where, text) => {
        expect(idsIn(text)).toContain('slack-token');
      }
    );
    it.each(outputContexts(secret))(
      'should find it in %s',
      (_where, output) => {
        expect(idsInOutput(output)).toContain('slack-token');
      }
    );
  });
  describe('slack-webhook-url', () => {
    const secret = `https://hooks.slack.com/services/T${fakeToken(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 'w1')}/B${fakeToken(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 'w2')}/${fakeToken(24, undefined, 'w3')}`;
    it.each(sourceContexts(secret, 'SLACK_WEBHOOK_URL'))(
      'should find it in %s',
      (_where, text) => {
        expect(idsIn(text)).toContain('slack-webhook-url');
      }
    );
    it.each(outputContexts(secret))(
      'should find it in %s',
      (_where, output) => {
        expect(idsInOutput(output)).toContain('slack-webhook-url');
      }
    );
  });

  it.each([
    ['the placeholder from the docs', 'xoxb-your-token-here', 'slack-token', 0],
    [
      'a configuration access token',
      `SLACK_CONFIG_TOKEN="xoxe.xoxp-1-${fakeToken(150, undefined, 'cfg')}"`,
      'slack-token',
      1
    ],
    [
      'a configuration refresh token',
      `refresh = "xoxe-1-${fakeToken(140, undefined, 'rfr')}"`,
      'slack-token',
      1
    ],
    [
      'a short xoxe- fragment',
      `xoxe-1-${fakeToken(20, undefined, 'short')}`,
      'slack-token',
      0
    ]
  ])('should handle %s', (_reason, text, ruleId, expected) => {
    expect(idsIn(text).filter(id => id === ruleId)).toHaveLength(expected);
  });
});
