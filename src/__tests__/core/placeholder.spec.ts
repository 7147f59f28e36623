import { fakeToken } from '../../core';
import { isPlaceholder } from '../../core/placeholder';

describe('#isPlaceholder', () => {
  it.each([
    '<token>',
    '${API_KEY}',
    '{{ api_key }}',
    '{password}',
    '%(password)s',
    'xxxxxxxxxxxxxxxx',
    '****************',
    'sk-...',
    'ghp_Ab12…',
    'YOUR_API_KEY',
    'your-token-goes-in-this-spot',
    'AKIAIOSFODNN7EXAMPLE',
    'test-password-123',
    'dummy_secret_value',
    '$PASSWORD',
    'aaaaaaaaaaaaaaaaaaaaaaa'
  ])('should treat %j as a placeholder', value => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it('should not treat random tokens as placeholders', () => {
    for (let i = 0; i < 200; i++) {
      expect(isPlaceholder(fakeToken(40, undefined, `p${i}`))).toBe(false);
    }
  });
});
