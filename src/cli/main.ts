/**
 * `credential-guard scan`: the command-line scanner over notebooks and text
 * files, built on the same engine as the JupyterLab extension.
 */
import * as path from 'path';
import { builtinRules, Scanner } from '../core';
import type { IScannerConfig } from '../core';
import { parseArgs, UsageError } from './args';
import { credentialFileRules } from './credential-file-findings';
import { loadConfig } from './config';
import { createFormatter } from './formats';
import { packageVersion, USAGE } from './help';
import { ICliIO, nodeIO } from './io';
import { Progress, PROGRESS_MIN_FILES } from './progress';
import type { IScanSummary } from './report';
import { scanFile } from './scan-file';
import { walk } from './walk';

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
 * @returns the exit status: 0 clean, 1 findings, 2 usage or read errors.
 *
 * Notes: an error in one file or one config entry is reported on stderr and
 * the rest is still scanned, so one broken notebook cannot hide a leak elsewhere.
 */
export function main(argv: readonly string[], io: ICliIO = nodeIO()): number {
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

  const scanner = createScanner(args.configFile, args.disabled, io.cwd, error);
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
  walked.files.forEach((entry, i) => {
    progress.update(i);
    let report;
    try {
      report = scanFile(entry, scanner, args.showSecrets);
    } catch (err) {
      // The engine promises not to throw; if it ever does, lose one file, not the run.
      progress.clear();
      error(`${entry.display}: internal error: ${(err as Error).message}`);
      return;
    }
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
    const out = formatter.file(report);
    if (out) {
      io.stdout(out);
    }
  });
  progress.clear();
  const tail = formatter.end(summary);
  if (tail) {
    io.stdout(tail);
  }
  if (args.format === 'text') {
    io.stderr(PREFIX + summaryLine(summary) + '\n');
    const skipped = skippedLine(walked.skipped);
    if (skipped) {
      io.stderr(PREFIX + skipped + '\n');
    }
  }
  if (summary.errors > 0) {
    return EXIT_ERROR;
  }
  return summary.findings > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
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
): Scanner {
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
  return scanner;
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
