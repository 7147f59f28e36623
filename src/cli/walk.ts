/**
 * Expands the paths on the command line into the list of files to scan.
 */
import * as fs from 'fs';
import * as path from 'path';
import { FileKind, fileKind, SKIPPED_DIRS } from './file-kind';

/** The file that marks a directory as a Python virtual environment. */
export const VENV_MARKER = 'pyvenv.cfg';

/** One file to scan. */
export interface IFileEntry {
  /** Absolute path, for reading. */
  abs: string;
  /** Path to print: relative to the working directory, as the user named it. */
  display: string;
  /** How to read it; explicitly named files of unknown type are read as text. */
  kind: Exclude<FileKind, null>;
  /** True when the user named this file (not found by walking a directory). */
  explicit: boolean;
}

/** The files found and the paths that could not be read. */
export interface IWalkResult {
  files: IFileEntry[];
  errors: string[];
}

/**
 * Lists the files to scan under the given paths, in a stable (sorted) order.
 *
 * @param paths - paths as typed by the user
 * @param cwd - absolute directory they are relative to
 * @returns the files, deduplicated, and one message per unreadable path.
 *
 * Notes: symbolic links to directories are not followed, so a link cycle
 * cannot make the walk endless; links to files are followed. Besides the
 * `SKIPPED_DIRS`, virtual environments found while walking are skipped.
 */
export function walk(paths: readonly string[], cwd: string): IWalkResult {
  const result: IWalkResult = { files: [], errors: [] };
  const seen = new Set<string>();
  for (const named of paths) {
    const abs = path.resolve(cwd, named);
    const display = path.isAbsolute(named)
      ? path.relative(cwd, abs) || '.'
      : path.normalize(named);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch (err) {
      result.errors.push(`${named}: ${describe(err)}`);
      continue;
    }
    if (stat.isDirectory()) {
      walkDir(abs, display, result, seen, true);
    } else if (!seen.has(abs)) {
      // A file the user named is scanned whatever its extension (binary
      // content is still skipped when it is read).
      seen.add(abs);
      result.files.push({
        abs,
        display,
        kind: fileKind(abs) ?? 'text',
        explicit: true
      });
    }
  }
  return result;
}

function walkDir(
  absDir: string,
  displayDir: string,
  result: IWalkResult,
  seen: Set<string>,
  named = false
): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(absDir, { withFileTypes: true });
  } catch (err) {
    result.errors.push(`${displayDir}: ${describe(err)}`);
    return;
  }
  // A Python virtual environment (marked by pyvenv.cfg) holds installed
  // packages, whose test suites are full of sample passwords: skip it unless
  // the user named it.
  if (!named && entries.some(e => e.name === VENV_MARKER && e.isFile())) {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const abs = path.join(absDir, entry.name);
    const display = path.join(displayDir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        isFile = fs.statSync(abs).isFile();
      } catch {
        // A dangling link is not an error worth failing the run for.
        isFile = false;
      }
      isDir = false;
    }
    if (isDir) {
      if (!SKIPPED_DIRS.has(entry.name)) {
        walkDir(abs, display, result, seen);
      }
      continue;
    }
    const kind = isFile ? fileKind(entry.name) : null;
    if (kind && !seen.has(abs)) {
      seen.add(abs);
      result.files.push({ abs, display, kind, explicit: false });
    }
  }
}

/** A short reason for a file-system error, e.g. "no such file or directory". */
export function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return e.message ?? String(err);
  }
}
