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
