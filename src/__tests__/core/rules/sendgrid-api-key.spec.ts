import { fakeToken } from '../../../core';
import { idsIn, idsInOutput, outputContexts, sourceContexts } from './contexts';

describe('sendgrid-api-key', () => {
  describe('sendgrid-api-key', () => {
    const secret = `SG.${fakeToken(22, undefined, 'sg')}.${fakeToken(43, undefined, 'sg2')}`;
    it.each(sourceContexts(secret, 'SENDGRID_API_KEY'))(
      'should find it in %s',
      (_where, text) => {
        expect(idsIn(text)).toContain('sendgrid-api-key');
      }
    );
    it.each(outputContexts(secret))(
      'should find it in %s',
      (_where, output) => {
        expect(idsInOutput(output)).toContain('sendgrid-api-key');
      }
    );
  });
});
