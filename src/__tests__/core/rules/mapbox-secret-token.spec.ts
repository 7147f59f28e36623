import { fakeToken } from '../../../core';
import { idsIn, idsInOutput, outputContexts, sourceContexts } from './contexts';

describe('mapbox-secret-token', () => {
  describe('mapbox-secret-token', () => {
    const secret = `sk.eyJ1${fakeToken(60, undefined, 'mb')}.${fakeToken(22, undefined, 'mb2')}`;
    it.each(sourceContexts(secret, 'MAPBOX_SECRET_TOKEN'))(
      'should find it in %s',
      (_where, text) => {
        expect(idsIn(text)).toContain('mapbox-secret-token');
      }
    );
    it.each(outputContexts(secret))(
      'should find it in %s',
      (_where, output) => {
        expect(idsInOutput(output)).toContain('mapbox-secret-token');
      }
    );
  });

  it.each([
    [
      'a public pk. token',
      `mapboxgl.accessToken = "pk.eyJ1${fakeToken(60, undefined, 'pk')}.${fakeToken(22, undefined, 'pk2')}"`,
      'mapbox-secret-token',
      0
    ]
  ])('should handle %s', (_reason, text, ruleId, expected) => {
    expect(idsIn(text).filter(id => id === ruleId)).toHaveLength(expected);
  });
});
