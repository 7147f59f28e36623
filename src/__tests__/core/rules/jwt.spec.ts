import { fakeJwt, fakeToken } from '../../../core';
import { idsIn, idsInOutput, outputContexts, sourceContexts } from './contexts';

describe('jwt', () => {
  describe('jwt', () => {
    const secret = fakeJwt({
      uid: 'someone',
      exp: 1700000000,
      iss: 'https://urs.earthdata.nasa.gov'
    });
    it.each(sourceContexts(secret, 'ACCESS_TOKEN'))(
      'should find it in %s',
      (_where, text) => {
        expect(idsIn(text)).toContain('jwt');
      }
    );
    it.each(outputContexts(secret))(
      'should find it in %s',
      (_where, output) => {
        expect(idsInOutput(output)).toContain('jwt');
      }
    );
  });

  it.each([
    [
      'three dotted parts whose header is not JSON',
      `eyJ${fakeToken(20, undefined, 'j1')}.eyJ${fakeToken(30, undefined, 'j2')}.${fakeToken(30, undefined, 'j3')}`,
      'jwt',
      0
    ],
    [
      'a Mapbox public token',
      `pk.eyJ1${fakeToken(60, undefined, 'pk')}.${fakeToken(22, undefined, 'pk2')}`,
      'jwt',
      0
    ]
  ])('should handle %s', (_reason, text, ruleId, expected) => {
    expect(idsIn(text).filter(id => id === ruleId)).toHaveLength(expected);
  });
});
