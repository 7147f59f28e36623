/**
 * Shared fixtures for the CLI specs: temporary trees, notebooks built in code,
 * and a runner that captures the CLI's output in memory.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../cli/main';
import { fakeGithubToken } from '../../core/fake-credentials';
import { fakeToken } from '../../core/fake-token';

/** What one CLI run printed and returned. */
export interface IRun {
  code: number;
  stdout: string;
  stderr: string;
}

const made: string[] = [];

/**
 * Writes files into a fresh temporary directory.
 *
 * @param files - relative path -> content
 * @returns the directory (removed by `cleanTrees`).
 */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'credential-guard-cli-'));
  made.push(root);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return root;
}

/** Removes every directory made by `tempTree`. */
export function cleanTrees(): void {
  for (const dir of made.splice(0)) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the CLI in memory.
 *
 * @param argv - arguments after the program name
 * @param cwd - working directory
 */
export function run(argv: string[], cwd: string, stderrIsTTY = false): IRun {
  let stdout = '';
  let stderr = '';
  const code = main(argv, {
    stdout: t => {
      stdout += t;
    },
    stderr: t => {
      stderr += t;
    },
    cwd,
    stderrIsTTY
  });
  // Without a worker script the CLI scans on this thread, synchronously.
  if (typeof code !== 'number') {
    throw new Error('run() expects a synchronous scan');
  }
  return { code, stdout, stderr };
}

/** A cell for `notebook`: its source and, optionally, nbformat outputs. */
export interface ICellSpec {
  source: string;
  type?: 'code' | 'markdown';
  outputs?: unknown[];
}

/**
 * An nbformat 4 notebook as Jupyter writes it (sources as lists of lines).
 *
 * @param cells - the cells, in order
 * @returns the JSON text.
 */
export function notebook(cells: ICellSpec[]): string {
  return JSON.stringify(
    {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: cells.map((c, i) => {
        const type = c.type ?? 'code';
        const source = c.source.split(/(?<=\n)/);
        const cell: Record<string, unknown> = {
          cell_type: type,
          id: `cell-${i}`,
          metadata: {},
          source
        };
        if (type === 'code') {
          cell.execution_count = null;
          cell.outputs = c.outputs ?? [];
        }
        return cell;
      })
    },
    null,
    1
  );
}

/** A stream output printing `text`. */
export function streamOutput(text: string): unknown {
  return { output_type: 'stream', name: 'stdout', text: [text] };
}

/** The parsed JSON lines of a jsonl run. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter(line => line !== '')
    .map(line => JSON.parse(line));
}

/**
 * A GitHub classic token with a valid checksum, made at run time.
 *
 * @param seed - different seeds give different tokens
 */
export function githubToken(seed: string | number = 'cli'): string {
  return fakeGithubToken('ghp', seed);
}

/** `n` random-looking letters and digits, made at run time. */
export function randomChars(
  n: number,
  seed: string | number = 'chars'
): string {
  return fakeToken(n, undefined, seed);
}
