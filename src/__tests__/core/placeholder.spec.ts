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

describe('#isPlaceholder and %s', () => {
  it('should read %s as a format placeholder in a short value only', () => {
    expect(isPlaceholder('%s')).toBe(true);
    expect(isPlaceholder('key-%s')).toBe(true);
    // A Django-style key whose alphabet has % holds %s by chance.
    expect(isPlaceholder('k7#v%s-q9(zr2+w8m!t4_j@x3=h6&b1^c5)n0lpd*fye')).toBe(
      false
    );
  });
});
