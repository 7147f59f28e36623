import { fakeToken } from '../../../core';
import { idsIn, idsInOutput, outputContexts, sourceContexts } from './contexts';

describe('pypi-token', () => {
  describe('pypi-token', () => {
    const secret = `pypi-AgEIcHlwaS5vcmc${fakeToken(140, undefined, 'pypi')}`;
    it.each(sourceContexts(secret, 'TWINE_PASSWORD'))(
      'should find it in %s',
      (_where, text) => {
        expect(idsIn(text)).toContain('pypi-token');
      }
    );
    it.each(outputContexts(secret))(
      'should find it in %s',
      (_where, output) => {
        expect(idsInOutput(output)).toContain('pypi-token');
      }
    );
  });

  it.each([
    [
      'twine upload -p',
      `!twine upload -u __token__ -p pypi-AgEIcHlwaS5vcmc${fakeToken(140, undefined, 'p2')} dist/*`,
      'pypi-token',
      1
    ],
    [
      'a .pypirc written with %%writefile',
      `%%writefile ~/.pypirc\n[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc${fakeToken(140, undefined, 'p3')}\n`,
      'pypi-token',
      1
    ],
    [
      'a truncated token in docs',
      'password = pypi-AgEIcHlwaS5vcmc...',
      'pypi-token',
      0
    ]
  ])('should handle %s', (_reason, text, ruleId, expected) => {
    expect(idsIn(text).filter(id => id === ruleId)).toHaveLength(expected);
  });
});
