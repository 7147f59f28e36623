/**
 * Which files the scanner reads, and how: notebooks through the nbformat-aware
 * path, a known set of text formats as plain text, and nothing binary.
 */
import * as path from 'path';

/** How a file is scanned, or `null` when a directory walk should skip it. */
export type FileKind = 'notebook' | 'text' | null;

// Formats where researchers keep (or leak) credentials: code, shell, config.
const TEXT_EXTENSIONS: ReadonlySet<string> = new Set([
  '.py',
  '.env',
  '.json',
  '.yaml',
  '.yml',
  '.cfg',
  '.ini',
  '.toml',
  '.txt',
  '.md',
  '.sh',
  '.r'
]);

// Credential files that have no extension, named by the tools that read them
// (curl/requests netrc, cdsapi, AWS and other CLIs, libpq, pip, git).
const TEXT_NAMES: ReadonlySet<string> = new Set([
  '.netrc',
  '_netrc',
  '.cdsapirc',
  'credentials',
  '.pgpass',
  '.pypirc',
  '.git-credentials'
]);

/**
 * Classifies a file by its name.
 *
 * @param file - a path; only its base name matters
 * @returns `notebook` for `.ipynb`, `text` for known text formats and
 *   credential file names (including `.env.*`), otherwise `null`.
 */
export function fileKind(file: string): FileKind {
  const base = path.basename(file).toLowerCase();
  const ext = path.extname(base);
  if (ext === '.ipynb') {
    return 'notebook';
  }
  if (
    TEXT_EXTENSIONS.has(ext) ||
    TEXT_NAMES.has(base) ||
    base === '.env' ||
    base.startsWith('.env.')
  ) {
    return 'text';
  }
  return null;
}

// git's heuristic: a NUL byte in the first 8000 bytes means binary.
const SNIFF_BYTES = 8000;

/**
 * Whether file content looks binary.
 *
 * @param data - the file's bytes
 * @returns true when a NUL byte occurs near the start.
 */
export function looksBinary(data: Uint8Array): boolean {
  const end = Math.min(data.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) {
    if (data[i] === 0) {
      return true;
    }
  }
  return false;
}
