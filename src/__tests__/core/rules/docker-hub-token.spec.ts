import { fakeToken } from '../../../core';
import { idsIn, idsInOutput, outputContexts, sourceContexts } from './contexts';

describe('docker-hub-token', () => {
  describe('docker-hub-token', () => {
    const secret = `dckr_pat_${fakeToken(27, undefined, 'dckr')}`;
    it.each(sourceContexts(secret, 'DOCKER_TOKEN'))(
      'should find it in %s',
      (_where, text) => {
        expect(idsIn(text)).toContain('docker-hub-token');
      }
    );
    it.each(outputContexts(secret))(
      'should find it in %s',
      (_where, output) => {
        expect(idsInOutput(output)).toContain('docker-hub-token');
      }
    );
  });
});
