import { fakeToken } from '../../../core';
import { idsIn, idsInOutput, outputContexts, sourceContexts } from './contexts';

describe('gitlab-token', () => {
  describe('gitlab-token', () => {
    const secret = `glpat-${fakeToken(20, undefined, 'gl')}`;
    it.each(sourceContexts(secret, 'GITLAB_TOKEN'))(
      'should find it in %s',
      (_where, text) => {
        expect(idsIn(text)).toContain('gitlab-token');
      }
    );
    it.each(outputContexts(secret))(
      'should find it in %s',
      (_where, output) => {
        expect(idsInOutput(output)).toContain('gitlab-token');
      }
    );
  });

  it.each([
    [
      'the documented placeholder',
      'glpat-xxxxxxxxxxxxxxxxxxxx',
      'gitlab-token',
      0
    ]
  ])('should handle %s', (_reason, text, ruleId, expected) => {
    expect(idsIn(text).filter(id => id === ruleId)).toHaveLength(expected);
  });
});
