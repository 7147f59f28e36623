import { credentialFileKind } from '../credential-files/classify';

/** How an audit reads a file: as a notebook, as text, or not at all. */
export type ReadKind = 'notebook' | 'text' | null;

// The server's list (`audit/kinds.py`): formats that are never text. A credential file
// among them (a `.p12` keystore, gcloud's `credentials.db`) is still recognised by path.
const BINARY_EXTENSIONS: ReadonlySet<string> = new Set(
  `png jpg jpeg gif bmp tif tiff webp ico heic svgz
  mp3 mp4 m4a wav flac ogg avi mov mkv webm
  zip gz tgz bz2 xz zst 7z tar rar whl egg jar
  so o a dll dylib exe pyc pyo class wasm
  nc nc4 h5 hdf5 hdf he5 grib grib2 grb npy npz pkl pickle parquet feather arrow orc avro
  mat sav rds rdata db sqlite sqlite3 fits fit tfrecord pt pth ckpt safetensors onnx
  pdf doc docx xls xlsx ppt pptx odt ods odp
  ttf otf woff woff2 eot
  p12 pfx jks keystore der`.split(/\s+/)
);

// Formats where people keep (or leak) credentials: code, shell, configuration, notes.
const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(
  `py ipy env json yaml yml cfg conf cnf ini toml properties txt md rmd qmd
  sh bash zsh r jl js mjs ts sql tf tfvars pem key`.split(/\s+/)
);

// Files without an extension that hold settings, history or credentials.
const TEXT_NAMES: ReadonlySet<string> = new Set([
  '.netrc',
  '_netrc',
  '.cdsapirc',
  '.ecmwfapirc',
  'credentials',
  '.pgpass',
  '.pypirc',
  '.npmrc',
  '.s3cfg',
  '.boto',
  '.git-credentials',
  '.gitconfig',
  '.bashrc',
  '.bash_profile',
  '.profile',
  '.zshrc',
  '.bash_history',
  '.zsh_history',
  '.python_history',
  '.renviron',
  '.rprofile',
  '.condarc'
]);

/** The server's `kind` of a file by its name: `binary` for a known binary format. */
export function isBinaryName(name: string): boolean {
  return BINARY_EXTENSIONS.has(extension(name));
}

/**
 * How an audit of a home directory reads a file, judged by its path.
 *
 * @param path - root-relative, `/`-separated
 * @returns `notebook` for `.ipynb`; `text` for code, configuration, shell history,
 *   `.env` files, a repository's `.git/config` and any known credential file that is
 *   not binary; otherwise `null` (data, media, unknown formats).
 */
export function readKind(path: string): ReadKind {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const ext = extension(name);
  if (ext === 'ipynb') {
    return 'notebook';
  }
  if (BINARY_EXTENSIONS.has(ext)) {
    return null;
  }
  if (
    TEXT_EXTENSIONS.has(ext) ||
    TEXT_NAMES.has(name) ||
    name.startsWith('.env.') ||
    /(?:^|\/)\.git\/config$/.test(path) ||
    credentialFileKind(path) !== null
  ) {
    return 'text';
  }
  return null;
}

/** The lower-case extension after the last dot, or '' (a leading dot starts no extension). */
function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
