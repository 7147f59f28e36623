import * as fs from 'fs';
import * as path from 'path';

import { FileOutcome, ScanPool } from '../../cli/parallel';
import { scanFile } from '../../cli/scan-file';
import { IFileEntry, walk } from '../../cli/walk';
import { Scanner } from '../../core';
import { cleanTrees, githubToken, tempTree } from './helpers';

// The launcher that worker threads run: it needs the compiled CLI (jlpm build:cli).
const launcher = path.resolve(__dirname, '../../../bin/credential-guard.js');
const compiled = fs.existsSync(
  path.resolve(__dirname, '../../../lib-node/src/cli/main.js')
);

afterAll(() => cleanTrees());

function tree(count: number): IFileEntry[] {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    files[`f${String(i).padStart(3, '0')}.py`] =
      i % 5 === 0 ? `t = "${githubToken(`pool-${i}`)}"\n` : 'print(1)\n';
  }
  const root = tempTree(files);
  return walk(['.'], root).files;
}

/** The rule ids of each outcome, in the order reported. */
async function scanWith(
  pool: ScanPool,
  files: IFileEntry[],
  scanHere?: (entry: IFileEntry) => FileOutcome
): Promise<{ order: string[]; findings: number[]; here: number }> {
  const order: string[] = [];
  const findings: number[] = [];
  let here = 0;
  await pool.scan(
    files,
    (entry, outcome) => {
      order.push(entry.display);
      findings.push(
        outcome && 'findings' in outcome ? outcome.findings.length : -1
      );
    },
    scanHere
      ? entry => {
          here++;
          return scanHere(entry);
        }
      : undefined
  );
  return { order, findings, here };
}

describe('ScanPool', () => {
  const scanner = new Scanner();
  const local = (entry: IFileEntry) => scanFile(entry, scanner, false);

  it('should scan on this thread alone when it has no workers', async () => {
    const files = tree(12);
    const pool = new ScanPool(launcher, 0, {
      config: {},
      showSecrets: false
    });
    const result = await scanWith(pool, files, local);
    expect(result.order).toEqual(files.map(f => f.display));
    expect(result.here).toBe(12);
    expect(result.findings.filter(n => n === 1)).toHaveLength(3);
    await expect(pool.scan(files, () => undefined)).rejects.toThrow(
      'needs scanHere'
    );
    pool.terminate();
  });

  (compiled ? it : it.skip)(
    'should report in walk order whichever thread scans, and serve a second scan',
    async () => {
      const files = tree(90);
      const pool = new ScanPool(launcher, 2, {
        config: {},
        showSecrets: false
      });
      try {
        const first = await scanWith(pool, files, local);
        const second = await scanWith(pool, files);
        expect(first.order).toEqual(files.map(f => f.display));
        expect(second.order).toEqual(first.order);
        expect(second.findings).toEqual(first.findings);
        expect(first.findings.filter(n => n === 1)).toHaveLength(18);
        // Without scanHere only the workers scanned the second time.
        expect(second.here).toBe(0);
      } finally {
        pool.terminate();
      }
    },
    30000
  );

  it('should refuse a second scan while one runs', async () => {
    const files = tree(3);
    const pool = new ScanPool(launcher, 0, {
      config: {},
      showSecrets: false
    });
    const running = pool.scan(files, () => undefined, local);
    await expect(pool.scan(files, () => undefined, local)).rejects.toThrow(
      'already scanning'
    );
    await running;
    pool.terminate();
  });
});
