import { fakeToken } from '../../../core';
import { idsIn, idsInOutput, outputContexts, sourceContexts } from './contexts';

describe('anthropic-api-key', () => {
  describe('anthropic-api-key', () => {
    const secret = `sk-ant-api03-${fakeToken(93, undefined, 'ant')}AA`;
    it.each(sourceContexts(secret, 'ANTHROPIC_API_KEY'))(
      'should find it in %s',
      (_where, text) => {
        expect(idsIn(text)).toContain('anthropic-api-key');
      }
    );
    it.each(outputContexts(secret))(
      'should find it in %s',
      (_where, output) => {
        expect(idsInOutput(output)).toContain('anthropic-api-key');
      }
    );
  });
});
