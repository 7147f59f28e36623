/**
 * `credential-guard scan`: the command-line scanner over notebooks and text
 * files, built on the same engine as the JupyterLab extension.
 */
import * as os from 'os';
import * as path from 'path';
import { builtinRules, Scanner } from '../core';
import type { IScannerConfig } from '../core';
import { parseArgs, UsageError } from './args';
import { credentialFileRules } from './credential-file-findings';
import { loadConfig } from './config';
import { createFormatter } from './formats';
import { packageVersion, USAGE } from './help';
import { ICliIO, nodeIO } from './io';
import {
  FileOutcome,
  isScanWorker,
  PARALLEL_MIN_FILES,
  scanInParallel,
  serveScans
} from './parallel';
import { Progress, PROGRESS_MIN_FILES } from './progress';
import type { IScanSummary } from './report';
import { scanFile } from './scan-file';
import { IFileEntry, walk } from './walk';

/** Exit status: nothing found. */
export const EXIT_CLEAN = 0;
/** Exit status: at least one finding. */
export const EXIT_FINDINGS = 1;
/** Exit status: a usage, config or read error (wins over findings). */
export const EXIT_ERROR = 2;

const PREFIX = 'credential-guard: ';

/**
 * Runs the CLI.
 *
 * @param argv - the arguments after the program name, e.g. `['scan', '.']`
 * @param io - output streams and working directory (the process's by default)
 * @returns the exit status: 0 clean, 1 findings, 2 usage or read errors; a
 *   promise of it when the files are scanned by worker threads (`--jobs`).
 *
 * Notes: an error in one file or one config entry is reported on stderr and
 * the rest is still scanned, so one broken notebook cannot hide a leak elsewhere.
 */
export function main(
  argv: readonly string[],
  io?: ICliIO
): number | Promise<number> {
  if (isScanWorker()) {
    // Started by `--jobs` as a scan thread: serve the main thread, print nothing.
    serveScans();
    return EXIT_CLEAN;
  }
  // Threads run the launcher (`require.main`) of a real process; an injected io
  // (tests) names its own worker script, or scans on this thread.
  const defaultScript = io ? undefined : require.main?.filename;
  io = io ?? nodeIO();
  let args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`${PREFIX}${err.message}\nTry 'credential-guard --help'.\n`);
      return EXIT_ERROR;
    }
    throw err;
  }
  if (args.command === 'help') {
    io.stdout(USAGE);
    return EXIT_CLEAN;
  }
  if (args.command === 'version') {
    io.stdout(packageVersion() + '\n');
    return EXIT_CLEAN;
  }

  const summary: IScanSummary = {
    filesScanned: 0,
    filesWithFindings: 0,
    findings: 0,
    errors: 0
  };
  const error = (message: string): void => {
    summary.errors++;
    io.stderr(PREFIX + message + '\n');
  };

  const { scanner, config } = createScanner(
    args.configFile,
    args.disabled,
    io.cwd,
    error
  );
  const walked = walk(args.paths, io.cwd);
  walked.errors.forEach(error);

  const formatter = createFormatter(args.format, {
    rules: [...scanner.rules, ...credentialFileRules],
    version: packageVersion()
  });
  const progress = new Progress(
    io.stderr,
    walked.files.length,
    Boolean(io.stderrIsTTY) && walked.files.length >= PROGRESS_MIN_FILES
  );
  const out = io;
  const handle = (
    entry: (typeof walked.files)[number],
    outcome: FileOutcome
  ) => {
    if (outcome && 'internalError' in outcome) {
      // The engine promises not to throw; if it ever does, lose one file, not the run.
      progress.clear();
      error(`${entry.display}: internal error: ${outcome.internalError}`);
      return;
    }
    const report = outcome;
    if (!report) {
      return; // binary
    }
    summary.filesScanned++;
    if (report.errors.length) {
      progress.clear();
      report.errors.forEach(e => error(`${report.file}: ${e}`));
    }
    if (report.findings.length) {
      summary.filesWithFindings++;
      summary.findings += report.findings.length;
    }
    const text = formatter.file(report);
    if (text) {
      out.stdout(text);
    }
  };
  const finish = (): number => {
    progress.clear();
    const tail = formatter.end(summary);
    if (tail) {
      out.stdout(tail);
    }
    if (args.format === 'text') {
      out.stderr(PREFIX + summaryLine(summary) + '\n');
      const skipped = skippedLine(walked.skipped);
      if (skipped) {
        out.stderr(PREFIX + skipped + '\n');
      }
    }
    if (summary.errors > 0) {
      return EXIT_ERROR;
    }
    return summary.findings > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
  };

  const scanHere = (entry: IFileEntry): FileOutcome => {
    try {
      return scanFile(entry, scanner, args.showSecrets);
    } catch (err) {
      return { internalError: (err as Error).message };
    }
  };
  const jobs = args.jobs ?? os.cpus().length;
  const script = io.workerScript ?? defaultScript;
  if (jobs > 1 && script && walked.files.length >= PARALLEL_MIN_FILES) {
    let done = 0;
    return scanInParallel(
      walked.files,
      jobs,
      script,
      { config, showSecrets: args.showSecrets },
      (entry, outcome) => {
        progress.update(done++);
        handle(entry, outcome);
      },
      entry => scanHere(entry)
    ).then(finish, err => {
      error(`worker threads failed: ${(err as Error).message}`);
      return finish();
    });
  }
  walked.files.forEach((entry, i) => {
    progress.update(i);
    handle(entry, scanHere(entry));
  });
  return finish();
}

/**
 * Builds the engine from `--config` and `--disable`, reporting every rejected
 * entry through `error` and keeping the rest.
 */
function createScanner(
  configFile: string | null,
  disabled: string[],
  cwd: string,
  error: (message: string) => void
): { scanner: Scanner; config: IScannerConfig } {
  let config: IScannerConfig = {};
  if (configFile) {
    const loaded = loadConfig(path.resolve(cwd, configFile));
    loaded.errors.forEach(e => error(`${configFile}: ${e}`));
    config = loaded.config;
  }
  // A mistyped rule id would otherwise silently disable nothing. Ids from
  // the config file are checked by the engine, with the config's other entries.
  const custom = Array.isArray(config.customRules) ? config.customRules : [];
  const known = new Set([
    ...builtinRules.map(r => r.id),
    ...custom.map(r => (r as { id?: unknown })?.id)
  ]);
  const disabledIds = disabled.filter(id => {
    if (!known.has(id)) {
      error(`--disable: no rule has the id '${id}'`);
    }
    return known.has(id);
  });
  const fromConfig = config.disabledRules;
  if (disabledIds.length > 0) {
    config = {
      ...config,
      // Leave a malformed config value as it is, for the engine to report.
      disabledRules: Array.isArray(fromConfig)
        ? [...fromConfig, ...disabledIds]
        : fromConfig === undefined
          ? disabledIds
          : fromConfig
    };
  }
  const scanner = new Scanner(config);
  scanner.configErrors.forEach(e => error(`${configFile ?? 'config'}: ${e}`));
  return { scanner, config };
}

/** What the walk left out, e.g. `not scanned: venv 2, cache 5`, or '' for nothing. */
export function skippedLine(skipped: Record<string, number>): string {
  const reasons = Object.keys(skipped).sort();
  if (reasons.length === 0) {
    return '';
  }
  return 'not scanned: ' + reasons.map(r => `${r} ${skipped[r]}`).join(', ');
}

/** The closing line of text output, e.g. `3 findings in 2 of 41 files`. */
export function summaryLine(summary: IScanSummary): string {
  const files = `${summary.filesScanned} file${summary.filesScanned === 1 ? '' : 's'}`;
  let line =
    summary.findings === 0
      ? `no credentials found in ${files}`
      : `${summary.findings} finding${summary.findings === 1 ? '' : 's'} in ${summary.filesWithFindings} of ${files}`;
  if (summary.errors > 0) {
    line += `, ${summary.errors} error${summary.errors === 1 ? '' : 's'}`;
  }
  return line;
}
