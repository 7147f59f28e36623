import { fakeGithubToken } from '../../../core';
import { idsIn, idsInOutput, outputContexts, sourceContexts } from './contexts';

describe('npm-token', () => {
  describe('npm-token', () => {
    const secret = fakeGithubToken('npm', 'npm');
    it.each(sourceContexts(secret, 'NPM_TOKEN'))(
      'should find it in %s',
      (_where, text) => {
        expect(idsIn(text)).toContain('npm-token');
      }
    );
    it.each(outputContexts(secret))(
      'should find it in %s',
      (_where, output) => {
        expect(idsInOutput(output)).toContain('npm-token');
      }
    );
  });

  it.each([
    [
      'an npm config variable',
      'npm_config_registry=https://registry.npmjs.org/',
      'npm-token',
      0
    ]
  ])('should handle %s', (_reason, text, ruleId, expected) => {
    expect(idsIn(text).filter(id => id === ruleId)).toHaveLength(expected);
  });
});
