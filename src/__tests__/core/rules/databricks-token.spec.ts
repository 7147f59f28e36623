import { fakeHex } from '../../../core';
import { idsIn, idsInOutput, outputContexts, sourceContexts } from './contexts';

describe('databricks-token', () => {
  describe('databricks-token', () => {
    const secret = `dapi${fakeHex(32, 'db')}`;
    it.each(sourceContexts(secret, 'DATABRICKS_TOKEN'))(
      'should find it in %s',
      (_where, text) => {
        expect(idsIn(text)).toContain('databricks-token');
      }
    );
    it.each(outputContexts(secret))(
      'should find it in %s',
      (_where, output) => {
        expect(idsInOutput(output)).toContain('databricks-token');
      }
    );
  });
});
