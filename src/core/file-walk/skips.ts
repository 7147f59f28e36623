/**
 * Which folders a walk over a home directory leaves out, and the reason it reports for
 * each: the same rules as the server's inventory (`jupyterlab_credential_guard/audit/skips.py`),
 * so that the browser's check and `credential-guard scan` audit the same files.
 *
 * Notes: the budget goes to what people write and keep, not to what tools install or
 * regenerate. Kept on purpose: `.config` (gcloud), `.cache` itself and
 * `.cache/huggingface` (the Hugging Face token), `.git` apart from its object store
 * (`.git/config` can hold a token in a remote URL) and `.ipynb_checkpoints` (a checkpoint
 * keeps what was removed from its notebook since the last manual save).
 */

/** Why a folder or file was left out. */
export type SkipReason =
  | 'venv'
  | 'conda-pkgs'
  | 'node_modules'
  | 'git-objects'
  | 'cache'
  | 'too-large'
  | 'depth'
  | 'mount'
  | 'symlink-escape'
  | 'symlink-dir'
  | 'symlink-loop'
  | 'broken-symlink'
  | 'loop'
  | 'special-file'
  | 'unreadable';

/** The server's default cap on the size of a file it reads (`max_file_bytes`). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

// Folders skipped by their name alone, wherever they are.
const SKIPPED_NAMES: ReadonlyMap<string, SkipReason> = new Map([
  ['node_modules', 'node_modules'],
  ['__pycache__', 'cache'],
  ['.mypy_cache', 'cache'],
  ['.pytest_cache', 'cache'],
  ['.ruff_cache', 'cache']
]);

// Bulky tool caches, matched on the end of the folder's path; a small credential file
// elsewhere in `.cache` is still listed.
const CACHE_TAILS: readonly (readonly string[])[] = [
  ['.cache', 'pip'],
  ['.cache', 'uv'],
  ['.cache', 'pypoetry'],
  ['.cache', 'conda'],
  ['.cache', 'yarn'],
  ['.cache', 'pre-commit'],
  ['.cache', 'matplotlib'],
  ['.cache', 'fontconfig'],
  ['.cache', 'jedi'],
  ['.cache', 'torch'],
  ['.cache', 'ms-playwright'],
  ['.cache', 'go-build'],
  ['.cache', 'thumbnails'],
  ['.cache', 'huggingface', 'hub'],
  ['.cache', 'huggingface', 'datasets'],
  ['.cache', 'huggingface', 'xet'],
  ['.npm', '_cacache'],
  ['.yarn', 'cache'],
  ['.yarn', 'berry', 'cache']
];

/**
 * The reason to skip a folder, judged by its root-relative path alone, or null to enter it.
 *
 * @param parts - the folder's path components, the last being its name
 */
export function skipByPath(parts: readonly string[]): SkipReason | null {
  const name = parts[parts.length - 1];
  const byName = SKIPPED_NAMES.get(name);
  if (byName) {
    return byName;
  }
  // git's object store is compressed history: binary and large. The rest of .git stays.
  if (name === 'objects' && parts.slice(0, -1).includes('.git')) {
    return 'git-objects';
  }
  for (const tail of CACHE_TAILS) {
    if (
      parts.length >= tail.length &&
      tail.every((part, i) => parts[parts.length - tail.length + i] === part)
    ) {
      return 'cache';
    }
  }
  return null;
}

/**
 * The reason to skip a folder, judged by what it holds, or null to walk it.
 *
 * @param name - the folder's own name
 * @param has - whether the folder directly holds a file (`pyvenv.cfg`) or folder
 *   (`conda-meta`) of that name
 */
export function skipByContent(
  name: string,
  has: { file(name: string): boolean; dir(name: string): boolean }
): SkipReason | null {
  // Installed packages, whose own tests are full of sample passwords.
  if (has.file('pyvenv.cfg') || has.dir('conda-meta')) {
    return 'venv';
  }
  // conda's package cache is recognised by the download list conda keeps in it.
  if (name === 'pkgs' && (has.file('urls.txt') || has.file('urls'))) {
    return 'conda-pkgs';
  }
  return null;
}
