import { builtinRules, seededRandom } from '../../core';
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

describe('KeywordFinder on long texts', () => {
  it('should find a keyword wherever it sits, across the pieces it reads the text in', () => {
    const keywords = ['sk', 'ghp_', 'Secret_Access'];
    const finder = new KeywordFinder(keywords);
    for (const around of [16384, 32768]) {
      for (let at = around - 16; at <= around + 2; at++) {
        for (const [k, keyword] of keywords.entries()) {
          const text = 'x'.repeat(at) + keyword.toUpperCase() + 'x'.repeat(5);
          const expected = keywords.map((_k, j) => (j === k ? 1 : 0));
          expect(Array.from(finder.find(text))).toEqual(expected);
        }
      }
    }
  });

  it('should agree with a lower-cased indexOf on long random texts', () => {
    const keywords = ['sk', 'key', '://', 'ya29.', 'eyj', 'xox'];
    const finder = new KeywordFinder(keywords);
    const pieces = [
      's',
      'K',
      'e',
      'y',
      ':',
      '/',
      'ya29',
      '.',
      'x',
      'O',
      'é',
      '\u2026',
      '\ud83d\ude00',
      ' '
    ];
    const random = seededRandom('kw-long');
    for (let n = 0; n < 40; n++) {
      let text = '';
      for (let i = Math.floor(random() * 12000); i > 0; i--) {
        text += pieces[Math.floor(random() * pieces.length)];
      }
      const lower = text.toLowerCase();
      const expected = keywords.map(k => (lower.includes(k) ? 1 : 0));
      expect(Array.from(finder.find(text))).toEqual(expected);
    }
  });
});

describe('KeywordFinder alignment', () => {
  // The pass reads two bytes at a time: a keyword must be found at odd and even byte
  // offsets, after characters that take one, two, three or four bytes in UTF-8.
  const keywords = ['sk', 'key', 'private key-----', '://', 'earthdata_'];
  const finder = new KeywordFinder(keywords);

  it.each(['', 'a', 'é', '\u2026', '\ud83d\ude00', 'é\u2026'])(
    'should find each keyword after %j at every offset',
    prefix => {
      for (const keyword of keywords) {
        for (let pad = 0; pad < 4; pad++) {
          const text = 'x'.repeat(pad) + prefix + keyword.toUpperCase();
          // "private key-----" holds "key" too.
          const expected = keywords.map(other =>
            keyword.includes(other) ? 1 : 0
          );
          expect(Array.from(finder.find(text))).toEqual(expected);
        }
      }
    }
  );

  it('should not take a non-ASCII character for an ASCII one', () => {
    // U+01EB and U+016B end in the bytes of "k" and "+" when masked to 7 bits.
    expect(Array.from(finder.find('s\u01eby \u016bke'))).toEqual([
      0, 0, 0, 0, 0
    ]);
  });
});

describe('KeywordFinder with the built-in keywords', () => {
  it('should agree with a lower-cased indexOf on texts made of their pieces', () => {
    const keywords = [
      ...new Set(
        builtinRules.flatMap(rule => rule.keywords.map(k => k.toLowerCase()))
      )
    ].filter(k => k.length >= 2);
    const finder = new KeywordFinder(keywords);
    const random = seededRandom('kw-builtin');
    const pick = () => keywords[Math.floor(random() * keywords.length)];
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let i = Math.floor(random() * 12); i > 0; i--) {
        // Halves and whole keywords, in either case, after odd and even offsets.
        const k = pick();
        const cut = Math.floor(random() * (k.length + 1));
        const piece = random() < 0.5 ? k : k.slice(0, cut) + pick().slice(cut);
        text +=
          (random() < 0.5 ? 'x' : 'é ') +
          (random() < 0.3 ? piece.toUpperCase() : piece);
      }
      const lower = text.toLowerCase();
      const expected = keywords.map(k => (lower.includes(k) ? 1 : 0));
      expect(Array.from(finder.find(text))).toEqual(expected);
    }
  });
});

describe('KeywordFinder positions', () => {
  it('should give every occurrence of a positional keyword, overlapping ones too, as character offsets', () => {
    const keywords = ['pass', 'passwd', 'ss', 'key'];
    const finder = new KeywordFinder(keywords, [true, true, true, false]);
    const random = seededRandom('kw-positions');
    const pieces = ['pass', 'PASSWD', 's', 'S', 'key', ' ', 'w', 'd', 'x'];
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let i = Math.floor(random() * 60); i > 0; i--) {
        text += pieces[Math.floor(random() * pieces.length)];
      }
      finder.foundIds(text);
      const lower = text.toLowerCase();
      keywords.slice(0, 3).forEach((keyword, id) => {
        const expected: number[] = [];
        for (let at = lower.indexOf(keyword); at !== -1;) {
          expected.push(at);
          at = lower.indexOf(keyword, at + 1);
        }
        expect(finder.positions(id)).toEqual(expected);
      });
      expect(finder.positions(3)).toBeNull();
    }
  });

  it('should find positions across the pieces a long text is read in', () => {
    const finder = new KeywordFinder(['secret'], [true]);
    const text = ('x'.repeat(16380) + 'SECRET').repeat(3);
    finder.foundIds(text);
    expect(finder.positions(0)).toEqual([16380, 32766, 49152]);
  });

  it('should give no positions for a text that is not all ASCII', () => {
    const finder = new KeywordFinder(['key'], [true]);
    finder.foundIds('clé key');
    expect(finder.positions(0)).toBeNull();
    finder.foundIds('a key');
    expect(finder.positions(0)).toEqual([2]);
  });
});
