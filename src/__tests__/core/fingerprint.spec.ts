import { fingerprint } from '../../core/fingerprint';

describe('#fingerprint', () => {
  it('should be stable, 16 hex digits and free of the secret', () => {
    const a = fingerprint('github-token', 'secret-value-1');
    expect(a).toBe(fingerprint('github-token', 'secret-value-1'));
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(a).not.toContain('secret');
  });

  it('should differ by rule and by secret', () => {
    const a = fingerprint('github-token', 'secret-value-1');
    expect(fingerprint('jwt', 'secret-value-1')).not.toBe(a);
    expect(fingerprint('github-token', 'secret-value-2')).not.toBe(a);
  });
});
