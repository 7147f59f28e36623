import {
  builtinRules,
  fakeGithubToken,
  fakeToken,
  IRule,
  scan
} from '../../core';

/**
 * No rule may backtrack catastrophically: on adversarial inputs, scanning 4x as much text
 * must take roughly 4x as long. Times are the fastest of a few runs (other processes only
 * ever add time), compared with a baseline measured in the same run (never an absolute
 * time), and a suspicious pair is measured once more, so a busy machine does not make the
 * test flaky.
 */
const N = 64 * 1024;
const RUNS = 5;
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

function time(rule: IRule, text: string): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    scan(text, [rule]);
    samples.push(performance.now() - t0);
  }
  return Math.min(...samples);
}

describe('linear time', () => {
  it.each(builtinRules.map(rule => [rule.id, rule] as const))(
    'should scan adversarial input for %s in linear time',
    (_id, rule) => {
      const small = inputs(rule, N);
      const large = inputs(rule, 4 * N);
      const slow: string[] = [];
      small.forEach(([what, text], i) => {
        time(rule, text); // warm up: V8 compiles a regex to native code on reuse
        const ratio = (): [number, number] => [
          time(rule, text),
          time(rule, large[i][1])
        ];
        let [base, big] = ratio();
        if (superlinear(base, big)) {
          [base, big] = ratio();
        }
        if (superlinear(base, big)) {
          slow.push(`${what}: ${base.toFixed(2)} ms -> ${big.toFixed(2)} ms`);
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
    const measure = (text: string) => {
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        scan(text, builtinRules);
        samples.push(performance.now() - t0);
      }
      return Math.min(...samples);
    };
    const small = line(256 * 1024);
    measure(small);
    const big = line(1024 * 1024);
    // A second measurement before failing: another process may have taken the CPU.
    const slow = () => superlinear(measure(small), measure(big));
    expect(slow() && slow()).toBe(false);
  });

  it('should scan a 1 MB line with every rule in roughly linear time', () => {
    const line = (size: number) =>
      fill(`${builtinRules.map(r => r.keywords[0]).join('=')}=${block}`, size);
    const measure = (text: string) => {
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        scan(text, builtinRules);
        samples.push(performance.now() - t0);
      }
      return Math.min(...samples);
    };
    const small = line(256 * 1024);
    const big = line(1024 * 1024);
    measure(small);
    // A second measurement before failing: another process may have taken the CPU.
    const slow = () => superlinear(measure(small), measure(big));
    expect(slow() && slow()).toBe(false);
  });
});

/** Whether 4x the input took more than MAX_RATIO times as long (above timer noise). */
function superlinear(base: number, big: number): boolean {
  return big > NOISE_MS && big / Math.max(base, 0.05) > MAX_RATIO;
}
