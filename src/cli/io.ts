/**
 * The seam between the scanner and the process: output streams and the working
 * directory are injected, so tests can run the whole CLI in memory.
 */

/** Where the CLI writes and which directory relative paths are resolved against. */
export interface ICliIO {
  /** Writes to standard output (findings). */
  stdout: (text: string) => void;
  /** Writes to standard error (errors, summary, progress). */
  stderr: (text: string) => void;
  /** Absolute working directory; paths on the command line are relative to it. */
  cwd: string;
  /** True when standard error is a terminal: only then is a progress line drawn. */
  stderrIsTTY?: boolean;
  /**
   * The script `--jobs` starts as worker threads: the CLI's launcher by default
   * (`require.main`), which serves scans when started as a worker.
   */
  workerScript?: string;
}

/**
 * The real process streams.
 *
 * @returns an `ICliIO` bound to `process.stdout`, `process.stderr` and `process.cwd()`.
 */
export function nodeIO(): ICliIO {
  // `credential-guard scan . | head` closes the pipe early: stop quietly
  // instead of dying on an unhandled EPIPE with a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') {
      process.exit(process.exitCode ?? 0);
    }
    throw err;
  });
  return {
    stdout: text => {
      process.stdout.write(text);
    },
    stderr: text => {
      process.stderr.write(text);
    },
    cwd: process.cwd(),
    stderrIsTTY: Boolean(process.stderr.isTTY)
  };
}
