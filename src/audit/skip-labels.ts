import type { TranslationBundle } from '@jupyterlab/translation';

/**
 * A plain-language label for each reason a file or folder was not audited.
 */
export function skipLabel(reason: string, trans: TranslationBundle): string {
  switch (reason) {
    case 'venv':
      return trans.__('Python or conda environments');
    case 'conda-pkgs':
      return trans.__("conda's package cache");
    case 'node_modules':
      return trans.__('node_modules folders');
    case 'git-objects':
      return trans.__("git's object stores (history)");
    case 'cache':
      return trans.__('tool caches');
    case 'too-large':
      return trans.__('files over the size limit');
    case 'depth':
      return trans.__('folders nested too deep');
    case 'mount':
      return trans.__('other file systems mounted here');
    case 'symlink-escape':
      return trans.__('links leading outside your files');
    case 'symlink-dir':
      return trans.__('links to folders (listed at their own place)');
    case 'symlink-loop':
    case 'loop':
      return trans.__('links or folders that loop');
    case 'broken-symlink':
      return trans.__('broken links');
    case 'special-file':
      return trans.__('pipes, sockets and devices');
    case 'unreadable':
      return trans.__('files you may not read');
    case 'binary':
      return trans.__('binary files');
    case 'invalid-utf8':
      return trans.__('files that are not valid UTF-8 text');
    case 'malformed-notebook':
      return trans.__('notebooks that could not be parsed');
    case 'other-format':
      return trans.__('files of other formats (data, images, archives)');
    case 'gone':
    case 'changed':
      return trans.__('files that changed or disappeared during the check');
    default:
      return trans.__('files that could not be read (%1)', reason);
  }
}
