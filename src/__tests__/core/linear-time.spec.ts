import {
  builtinRules,
  fakeGithubToken,
  fakeToken,
  IRule,
  scan,
  splitCellSample
} from '../../core';

/**
 * No rule may backtrack catastrophically: on adversarial inputs, scanning 4x as much text
 * must take roughly 4x as long. Times are the fastest of a few runs (other processes only
 * ever add time), the two sizes measured alternately and compared as a ratio (never an
 * absolute time), and a suspicious pair is measured up to three times, so a busy machine
 * does not make the test flaky.
 */
const N = 64 * 1024;
const RUNS = 4;
const MAX_RATIO = 8;
/** Below this many milliseconds at 4N, timer noise dominates: anything is fine. */
const NOISE_MS = 15;

const block = fakeToken(
  997,
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_',
  'linear'
);
const hexBlock = fakeToken(997, '0123456789abcdef', 'linear-hex');

/** `unit` repeated to `size` characters. */
const fill = (unit: string, size: number): string =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Adversarial inputs of about `size` characters for one rule. */
function inputs(rule: IRule, size: number): [string, string][] {
  const kw = rule.keywords[0];
  const near = rule.samples.positive
    .map(s => s.slice(0, Math.max(1, s.length - 2)))
    .join('\n');
  return [
    ['a run of its keyword', fill(kw, size)],
    ['a run of all its keywords', fill(rule.keywords.join(''), size)],
    ['its keyword then one long token', `${kw}="${fill(block, size)}`],
    ['its keyword then long hex', `${kw}: ${fill(hexBlock, size)}`],
    [
      'keyword, separator, token, repeated',
      fill(`${kw}=${block.slice(0, 61)} `, size)
    ],
    ['repeated near-matches', fill(`${near}\n`, size)],
    [
      'repeated positives without spaces',
      fill(rule.samples.positive.join('').replace(/\s/g, ''), size)
    ]
  ];
}

/**
 * The fastest of RUNS scans of `small` and of `large`, measured alternately so that a
 * burst of load from other processes slows both sizes alike.
 */
function timePair(
  run: (text: string) => void,
  small: string,
  large: string
): [number, number] {
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < RUNS; i++) {
    let t0 = performance.now();
    run(small);
    a = Math.min(a, performance.now() - t0);
    t0 = performance.now();
    run(large);
    b = Math.min(b, performance.now() - t0);
  }
  return [a, b];
}

/** Whether scanning `large` (4x `small`) is superlinear, in up to three attempts. */
function slowest(
  run: (text: string) => void,
  small: string,
  large: string
): string | null {
  run(small); // warm up: V8 compiles a regex to native code on reuse
  let verdict: string | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    const [base, big] = timePair(run, small, large);
    if (!superlinear(base, big)) {
      return null;
    }
    verdict = `${base.toFixed(2)} ms -> ${big.toFixed(2)} ms`;
  }
  return verdict;
}

describe('linear time', () => {
  it.each(builtinRules.map(rule => [rule.id, rule] as const))(
    'should scan adversarial input for %s in linear time',
    (_id, rule) => {
      const small = inputs(rule, N);
      const large = inputs(rule, 4 * N);
      const slow: string[] = [];
      // A `'cell-output'` rule runs on an output with its cell's source.
      const options =
        rule.scope === 'cell-output'
          ? { cellSource: splitCellSample(rule.samples.positive[0]).source }
          : {};
      small.forEach(([what, text], i) => {
        const verdict = slowest(
          t => scan(t, [rule], options),
          text,
          large[i][1]
        );
        if (verdict) {
          slow.push(`${what}: ${verdict}`);
        }
      });
      expect(slow).toEqual([]);
    }
  );

  it('should keep inline-marker checks cheap on one huge line with many findings', () => {
    const token = fakeGithubToken('ghp', 'huge-line');
    // "allow" in the text forces the marker check for every finding on the line.
    const line = (size: number) =>
      fill(`allowfullscreen ${token} ${block.slice(0, 400)} `, size);
    const small = line(256 * 1024);
    const big = line(1024 * 1024);
    expect(slowest(t => scan(t, builtinRules), small, big)).toBeNull();
  });

  it('should read a long markdown table with a key column in roughly linear time', () => {
    // Every cell of every row asks for its column's header, far below it.
    const table = (rows: number) =>
      ['| Name | Token | Value |', '|---|---|---|']
        .concat(
          Array.from(
            { length: rows },
            (_r, i) =>
              `| row${i} | ${block.slice(i % 900, (i % 900) + 40)} | 0.${i} |`
          )
        )
        .join('\n');
    expect(
      slowest(t => scan(t, builtinRules), table(2_000), table(8_000))
    ).toBeNull();
  });

  it('should scan a 1 MB line with every rule in roughly linear time', () => {
    const line = (size: number) =>
      fill(`${builtinRules.map(r => r.keywords[0]).join('=')}=${block}`, size);
    const small = line(256 * 1024);
    const big = line(1024 * 1024);
    expect(slowest(t => scan(t, builtinRules), small, big)).toBeNull();
  });
});

/** Whether 4x the input took more than MAX_RATIO times as long (above timer noise). */
function superlinear(base: number, big: number): boolean {
  return big > NOISE_MS && big / Math.max(base, 0.05) > MAX_RATIO;
}
