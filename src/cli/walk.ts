/**
 * Expands the paths on the command line into the list of files to scan.
 */
import * as fs from 'fs';
import * as path from 'path';
import { credentialFileKind } from '../core/credential-files';
import {
  isBinaryName,
  MAX_FILE_BYTES,
  readKind,
  skipByContent,
  skipByPath
} from '../core/file-walk';
import { FileKind, fileKind } from './file-kind';

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
  /** A known credential file in a binary format: judged by its path, never read. */
  pathOnly?: boolean;
  /** Permission bits, for credential files that others can read. */
  groupReadable?: boolean;
  worldReadable?: boolean;
}

/** The files found, the paths that could not be read, and what was left out, per reason. */
export interface IWalkResult {
  files: IFileEntry[];
  errors: string[];
  skipped: Record<string, number>;
}

/**
 * Lists the files to scan under the given paths, in a stable (sorted) order.
 *
 * @param paths - paths as typed by the user
 * @param cwd - absolute directory they are relative to
 * @returns the files, deduplicated, and one message per unreadable path.
 *
 * Notes: the same walk as the server's inventory behind "Check my files"
 * (`src/core/file-walk`): hidden files included; virtual environments, conda's
 * package cache, node_modules, git's object store, tool caches and files over
 * 10 MB left out and counted; `.git/config` and `.ipynb_checkpoints` kept (a
 * checkpoint can still hold what was removed from its notebook). Symbolic links
 * to directories are not followed, so a link cycle cannot make the walk endless;
 * links to files are followed.
 */
export function walk(paths: readonly string[], cwd: string): IWalkResult {
  const result: IWalkResult = { files: [], errors: [], skipped: {} };
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
  // A folder the user named is scanned whatever it holds.
  if (!named) {
    const has = (name: string, dir: boolean) =>
      entries.some(
        e => e.name === name && (dir ? e.isDirectory() : e.isFile())
      );
    const reason = skipByContent(path.basename(absDir), {
      file: name => has(name, false),
      dir: name => has(name, true)
    });
    if (reason) {
      count(result, reason);
      return;
    }
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const abs = path.join(absDir, entry.name);
    const display = path.join(displayDir, entry.name);
    const slashed = display.split(path.sep).join('/');
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
      const reason = skipByPath(slashed.split('/'));
      if (reason) {
        count(result, reason);
      } else {
        walkDir(abs, display, result, seen);
      }
      continue;
    }
    if (!isFile || seen.has(abs)) {
      continue;
    }
    const kind = readKind(slashed);
    const credential = credentialFileKind(slashed) !== null;
    if (!kind && !credential) {
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch (err) {
      result.errors.push(`${display}: ${describe(err)}`);
      continue;
    }
    if (stat.size > MAX_FILE_BYTES && !credential) {
      count(result, 'too-large');
      continue;
    }
    seen.add(abs);
    result.files.push({
      abs,
      display,
      kind: kind ?? 'text',
      explicit: false,
      pathOnly: isBinaryName(entry.name) || stat.size > MAX_FILE_BYTES,
      groupReadable: (stat.mode & 0o040) !== 0,
      worldReadable: (stat.mode & 0o004) !== 0
    });
  }
}

function count(result: IWalkResult, reason: string): void {
  result.skipped[reason] = (result.skipped[reason] ?? 0) + 1;
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
