import {
  fakeGithubToken,
  fakeJwt,
  fakePem,
  INotebookScanResult,
  Scanner,
  seededRandom
} from '../../core';

/**
 * Mutated notebooks (seeded, so failures reproduce): wrong types, nulls, odd sources,
 * deleted keys, huge cells, binary text and lone surrogates, truncated or corrupted JSON.
 * No exception may escape, and every error must be a clear, non-empty message.
 */
const random = seededRandom('fuzz');
const pick = <T>(items: readonly T[]): T =>
  items[Math.floor(random() * items.length)];
const int = (n: number): number => Math.floor(random() * n);

function junkText(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    out += String.fromCharCode(int(0x10000)); // includes controls and lone surrogates
  }
  return out;
}

const ODD_VALUES: (() => unknown)[] = [
  () => null,
  () => undefined,
  () => 42,
  () => -1,
  () => true,
  () => '',
  () => [],
  () => ({}),
  () => [null, 1, 'x', ['nested'], { a: 1 }],
  () => junkText(int(200)),
  () => `token ${fakeGithubToken()}\u001b[0m ${junkText(20)}`,
  () => 'a'.repeat(200000),
  () => ({ output_type: 'stream', text: { not: 'text' } }),
  () => ({ output_type: 'error', traceback: [1, null, '\u001b[31mx'] }),
  () => ({
    output_type: 'display_data',
    data: { 'text/plain': 7, 'application/json': { deep: [[[null]]] } }
  })
];

function baseNotebook(): Record<string, unknown> {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'python3' } },
    cells: [
      {
        id: 'a',
        cell_type: 'code',
        metadata: {},
        execution_count: 1,
        source: [`t = "${fakeGithubToken()}"\n`, 'print(t)'],
        outputs: [
          { output_type: 'stream', name: 'stdout', text: ['ok\n'] },
          {
            output_type: 'execute_result',
            execution_count: 1,
            metadata: {},
            data: {
              'text/plain': [`'${fakeJwt()}'`],
              'text/html': ['<b>x</b>']
            }
          },
          {
            output_type: 'display_data',
            metadata: {},
            data: { 'image/png': 'iVBORw0KGgoAAAANSUhEUg' }
          },
          {
            output_type: 'error',
            ename: 'E',
            evalue: 'v',
            traceback: ['\u001b[0;31mE\u001b[0m']
          }
        ]
      },
      {
        id: 'b',
        cell_type: 'markdown',
        metadata: { credential_guard: { allow: ['jwt'] } },
        source: `key:\n${fakePem()}`
      },
      { id: 'c', cell_type: 'raw', metadata: {}, source: 'raw' }
    ]
  };
}

/** Every object and array inside `value`, with the value itself. */
function containers(
  value: unknown,
  out: (Record<string, unknown> | unknown[])[] = []
): (Record<string, unknown> | unknown[])[] {
  if (typeof value === 'object' && value !== null) {
    out.push(value as Record<string, unknown>);
    Object.values(value).forEach(v => containers(v, out));
  }
  return out;
}

function mutate(notebook: Record<string, unknown>): void {
  const target = pick(containers(notebook));
  const keys = Object.keys(target);
  const key =
    keys.length > 0 && random() < 0.8
      ? pick(keys)
      : pick(['cells', 'source', 'outputs', 'text', 'data', 'metadata', 'x']);
  const roll = random();
  if (roll < 0.3) {
    delete (target as Record<string, unknown>)[key];
  } else {
    const odd = pick(ODD_VALUES)();
    // Huge values only now and then, so thousands of cases stay quick.
    (target as Record<string, unknown>)[key] =
      typeof odd === 'string' && odd.length > 1000 && random() < 0.9
        ? 'short'
        : odd;
  }
}

function corrupt(json: string): string {
  const at = int(json.length);
  switch (int(4)) {
    case 0:
      return json.slice(0, at); // truncated
    case 1:
      return json.slice(0, at) + junkText(1 + int(8)) + json.slice(at);
    case 2:
      return json.slice(0, at) + json.slice(at + 1 + int(20));
    default:
      return json.replace(
        /"cells"/,
        pick(['"cells" ', '"cellz"', '"cells":null,"x"'])
      );
  }
}

function expectClean(result: INotebookScanResult): void {
  expect(Array.isArray(result.findings)).toBe(true);
  for (const error of result.errors) {
    expect(typeof error).toBe('string');
    expect(error.length).toBeGreaterThan(0);
    expect(error).not.toContain('[object Object]');
  }
  for (const f of result.findings) {
    expect(f.start).toBeLessThanOrEqual(f.end);
    expect(f.line).toBeGreaterThanOrEqual(1);
  }
}

describe('fuzz', () => {
  const scanner = new Scanner();

  it('should never throw on 3000 mutated notebook objects', () => {
    for (let i = 0; i < 3000; i++) {
      const notebook = baseNotebook();
      for (let m = 1 + int(3); m > 0; m--) {
        mutate(notebook);
      }
      expectClean(scanner.scanNotebook(notebook));
    }
  });

  it('should never throw on 2000 corrupted notebook files', () => {
    const json = JSON.stringify(baseNotebook(), null, 1);
    for (let i = 0; i < 2000; i++) {
      expectClean(scanner.scanNotebookJson(corrupt(json)));
    }
  });

  it('should never throw on odd top-level values', () => {
    for (const make of ODD_VALUES) {
      expectClean(scanner.scanNotebook(make()));
      const value = make();
      expectClean(
        scanner.scanNotebookJson(
          typeof value === 'string' ? value : String(value)
        )
      );
      expect(() => scanner.scanOutput(make())).not.toThrow();
      expect(() =>
        scanner.scanCellSource(make() as string, make())
      ).not.toThrow();
    }
  });

  it('should keep scanning the other cells of a partly broken notebook', () => {
    const notebook = baseNotebook();
    (notebook.cells as unknown[]).unshift(
      null,
      { source: 5 },
      { cell_type: 'code', source: ['x'], outputs: 7 }
    );
    const result = scanner.scanNotebook(notebook);
    expect(result.errors).toHaveLength(3);
    expect(result.findings.map(f => f.ruleId)).toContain('github-token');
  });
});
