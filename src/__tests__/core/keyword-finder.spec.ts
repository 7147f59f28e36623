import { seededRandom } from '../../core';
import { KeywordFinder } from '../../core/keyword-finder';

describe('KeywordFinder', () => {
  const finder = new KeywordFinder(['ghp_', 'Token', 'key', 'ke', '://']);

  it.each([
    ['GHP_ and a TOKEN', [1, 1, 0, 1, 0]],
    ['my key at the end: key', [0, 0, 1, 1, 0]],
    ['https://x', [0, 0, 0, 0, 1]],
    ['', [0, 0, 0, 0, 0]],
    ['k', [0, 0, 0, 0, 0]],
    ['ké tökén ghp', [0, 0, 0, 0, 0]],
    ['ends with ghp_', [1, 0, 0, 0, 0]]
  ])('should find the keywords in %j', (text, expected) => {
    expect(Array.from(finder.find(text))).toEqual(expected);
  });
});

describe('KeywordFinder against indexOf', () => {
  it('should agree with a lower-cased indexOf on random texts', () => {
    const keywords = [
      'sk',
      'sk-',
      'key',
      'token',
      'ke',
      'ya29.',
      '://',
      'xox',
      'to',
      'eyj',
      'Secret_Access'
    ];
    const finder = new KeywordFinder(keywords);
    const pieces = [
      's',
      'k',
      '-',
      'e',
      'y',
      'K',
      'T',
      'o',
      ':',
      '/',
      'x',
      'J',
      'ya29.',
      'SECRET_access',
      ' ',
      'é'
    ];
    const random = seededRandom('kw');
    for (let n = 0; n < 500; n++) {
      let text = '';
      for (let i = Math.floor(random() * 40); i > 0; i--) {
        text += pieces[Math.floor(random() * pieces.length)];
      }
      const lower = text.toLowerCase();
      const expected = keywords.map(k =>
        lower.includes(k.toLowerCase()) ? 1 : 0
      );
      expect(Array.from(finder.find(text))).toEqual(expected);
    }
  });
});
