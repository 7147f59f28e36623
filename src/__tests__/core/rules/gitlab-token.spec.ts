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
    ],
    ...[
      'gldt',
      'glrt',
      'glptt',
      'glsoat',
      'glft',
      'glimt',
      'glagent',
      'gloas',
      'glcbt',
      'glffct'
    ].map((prefix): [string, string, string, number] => [
      `a ${prefix}- token`,
      `TOKEN=${prefix}-${fakeToken(24, undefined, prefix)}`,
      'gitlab-token',
      1
    ]),
    [
      'a runner registration token',
      `gitlab-runner register --registration-token GR1348941${fakeToken(20, undefined, 'gr')}`,
      'gitlab-token',
      1
    ],
    [
      'a routable personal token',
      `glpat-${fakeToken(27, undefined, 'rt1')}.01.${fakeToken(9, undefined, 'rt2')}`,
      'gitlab-token',
      1
    ]
  ])('should handle %s', (_reason, text, ruleId, expected) => {
    expect(idsIn(text).filter(id => id === ruleId)).toHaveLength(expected);
  });
});
