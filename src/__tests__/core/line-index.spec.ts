import { LineIndex } from '../../core/line-index';

describe('LineIndex', () => {
  const index = new LineIndex('ab\ncd\n\nef');

  it.each([
    [0, 1, 1],
    [2, 1, 3],
    [3, 2, 1],
    [6, 3, 1],
    [8, 4, 2]
  ])('should place offset %d at line %d column %d', (offset, line, column) => {
    expect(index.position(offset)).toEqual({ line, column });
  });

  it('should return line texts', () => {
    expect([1, 2, 3, 4, 5].map(l => index.lineText(l))).toEqual([
      'ab',
      'cd',
      '',
      'ef',
      ''
    ]);
  });
});
