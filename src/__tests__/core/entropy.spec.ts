import { entropy } from '../../core/entropy';

describe('#entropy', () => {
  it.each([
    ['', 0],
    ['aaaa', 0],
    ['abab', 1],
    ['abcd', 2]
  ])('should give %j %d bits per character', (text, bits) => {
    expect(entropy(text)).toBeCloseTo(bits);
  });

  it('should score random base62 high', () => {
    expect(entropy('q8Zr2LkP0xVb7NmC4tYw')).toBeGreaterThan(4);
  });
});
