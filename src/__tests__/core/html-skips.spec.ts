import { htmlSkips } from '../../core/html-skips';

/** A block of `size` characters: an opening tag, filler, a closing tag. */
const block = (open: string, close: string, size: number): string =>
  open + 'x'.repeat(size - open.length - close.length) + close;

const skips = htmlSkips;

describe('#htmlSkips', () => {
  const style = block('<style>', '</style>', 600);
  const svg = block('<svg width="10">', '</svg>', 700);

  it('should give the ranges of style sheets and drawings, in order', () => {
    const html = `<div>a</div>${style}<p>b</p>${svg}<p>c</p>`;
    const [s0, s1, v0, v1] = skips(html);
    expect(html.slice(s0, s1)).toBe(style);
    expect(html.slice(v0, v1)).toBe(svg);
  });

  it('should scan short blocks: a split costs more than a few hundred characters', () => {
    expect(skips('<svg class="icon"><use href="#i"></use></svg>')).toEqual([]);
  });

  it.each([
    ['an unclosed block', `<style>${'x'.repeat(900)}`],
    ['an upper-case tag', block('<STYLE>', '</STYLE>', 600)],
    ['a longer tag name', block('<svgfoo>', '</svg>', 600)]
  ])('should scan %s (the safe side)', (_what, html) => {
    expect(skips(html)).toEqual([]);
  });

  it('should end a nested drawing at its first closing tag and scan the rest', () => {
    const inner = block('<svg>', '</svg>', 600);
    const html = `<svg>${inner}<text>after</text></svg>`;
    const [start, end] = skips(html);
    expect(start).toBe(0);
    expect(html.slice(end)).toBe('<text>after</text></svg>');
  });

  it('should find a block of one kind behind an unclosed block of the other', () => {
    const html = `<svg>${'y'.repeat(100)}${style}`;
    expect(skips(html)).toEqual([105, 705]);
  });

  it('should stay linear on many unclosed opening tags', () => {
    // Each opening tag searched again for its closing tag would make this quadratic.
    const time = (n: number): number => {
      const html = '<style><svg>'.repeat(n);
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        skips(html);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(1000); // warm up
    const small = time(20_000);
    const large = time(80_000);
    expect(large).toBeLessThan(Math.max(small, 1) * 12);
  });
});
