import { fakeToken } from '../../../core';
import { idsIn, idsInOutput, outputContexts, sourceContexts } from './contexts';

describe('google', () => {
  describe('google-api-key', () => {
    const secret = `AIza${fakeToken(35, undefined, 'g1')}`;
    it.each(sourceContexts(secret, 'GOOGLE_API_KEY'))(
      'should find it in %s',
      (_where, text) => {
        expect(idsIn(text)).toContain('google-api-key');
      }
    );
    it.each(outputContexts(secret))(
      'should find it in %s',
      (_where, output) => {
        expect(idsInOutput(output)).toContain('google-api-key');
      }
    );
  });
  describe('google-oauth-refresh-token', () => {
    const secret = `1//0g${fakeToken(100, undefined, 'g2')}`;
    it.each(sourceContexts(secret, 'GOOGLE_REFRESH_TOKEN'))(
      'should find it in %s',
      (_where, text) => {
        expect(idsIn(text)).toContain('google-oauth-refresh-token');
      }
    );
    it.each(outputContexts(secret))(
      'should find it in %s',
      (_where, output) => {
        expect(idsInOutput(output)).toContain('google-oauth-refresh-token');
      }
    );
  });
  describe('google-oauth-access-token', () => {
    const secret = `ya29.a0${fakeToken(150, undefined, 'g3')}`;
    it.each(sourceContexts(secret, 'GOOGLE_OAUTH_ACCESS_TOKEN'))(
      'should find it in %s',
      (_where, text) => {
        expect(idsIn(text)).toContain('google-oauth-access-token');
      }
    );
    it.each(outputContexts(secret))(
      'should find it in %s',
      (_where, output) => {
        expect(idsInOutput(output)).toContain('google-oauth-access-token');
      }
    );
  });
  describe('google-oauth-client-secret', () => {
    const secret = `GOCSPX-${fakeToken(28, undefined, 'g4')}`;
    it.each(sourceContexts(secret, 'GOOGLE_CLIENT_SECRET'))(
      'should find it in %s',
      (_where, text) => {
        expect(idsIn(text)).toContain('google-oauth-client-secret');
      }
    );
    it.each(outputContexts(secret))(
      'should find it in %s',
      (_where, output) => {
        expect(idsInOutput(output)).toContain('google-oauth-client-secret');
      }
    );
  });

  it.each([
    [
      'Earth Engine credentials written with %%writefile',
      `%%writefile ~/.config/earthengine/credentials\n{"client_id": "x.apps.googleusercontent.com", "refresh_token": "1//0e${fakeToken(100, undefined, 'ee')}", "scopes": []}\n`,
      'google-oauth-refresh-token',
      1
    ],
    [
      'a URL with a double slash',
      'https://example.org//0/data/1//0/file.nc',
      'google-oauth-refresh-token',
      0
    ],
    [
      'an ellipsis placeholder',
      'token = "ya29.<access-token>"',
      'google-oauth-access-token',
      0
    ]
  ])('should handle %s', (_reason, text, ruleId, expected) => {
    expect(idsIn(text).filter(id => id === ruleId)).toHaveLength(expected);
  });
});
