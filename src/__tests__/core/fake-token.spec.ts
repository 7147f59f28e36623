import { fakeToken, seededRandom } from '../../core/fake-token';

describe('#fakeToken', () => {
  it('should have the requested length and alphabet', () => {
    expect(fakeToken(36)).toMatch(/^[0-9A-Za-z]{36}$/);
    expect(fakeToken(20, 'ab')).toMatch(/^[ab]{20}$/);
  });

  it('should be reproducible with a seed', () => {
    expect(fakeToken(30, undefined, 'seed')).toBe(
      fakeToken(30, undefined, 'seed')
    );
    expect(fakeToken(30, undefined, 'seed')).not.toBe(
      fakeToken(30, undefined, 'other')
    );
  });

  it('should draw floats in [0, 1)', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 1000; i++) {
      const x = random();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
