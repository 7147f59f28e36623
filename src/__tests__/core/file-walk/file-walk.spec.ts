import { readKind, skipByContent, skipByPath } from '../../../core/file-walk';

describe('#skipByPath', () => {
  it.each([
    [['web', 'node_modules'], 'node_modules'],
    [['pkg', '__pycache__'], 'cache'],
    [['proj', '.git', 'objects'], 'git-objects'],
    [['proj', '.git', 'modules', 'sub', 'objects'], 'git-objects'],
    [['objects'], null], // not in a repository: somebody's folder
    [['.cache', 'pip'], 'cache'],
    [['.cache', 'huggingface', 'hub'], 'cache'],
    [['.cache', 'huggingface'], null], // where the token lives
    [['.cache'], null],
    [['.config'], null],
    [['proj', '.git'], null], // .git/config can hold a token
    [['work', '.ipynb_checkpoints'], null] // a checkpoint keeps what was removed
  ])('%j should be skipped as %s', (parts, reason) => {
    expect(skipByPath(parts)).toBe(reason);
  });
});

describe('#skipByContent', () => {
  const holding = (files: string[], dirs: string[] = []) => ({
    file: (name: string) => files.includes(name),
    dir: (name: string) => dirs.includes(name)
  });

  it.each([
    ['venv', 'a virtual environment', holding(['pyvenv.cfg']), 'venv'],
    ['env', 'a conda environment', holding([], ['conda-meta']), 'venv'],
    ['pkgs', "conda's package cache", holding(['urls.txt']), 'conda-pkgs'],
    ['pkgs', 'a folder named pkgs', holding(['a.py']), null]
  ])('%s should be judged as %s', (name, _what, has, expected) => {
    expect(skipByContent(name, has)).toBe(expected);
  });
});

describe('#readKind', () => {
  it.each([
    ['work/analysis.ipynb', 'notebook'],
    ['work/.ipynb_checkpoints/analysis-checkpoint.ipynb', 'notebook'],
    ['src/app.py', 'text'],
    ['.bash_history', 'text'],
    ['project/.env', 'text'],
    ['project/.env.local', 'text'],
    ['repo/.git/config', 'text'],
    ['.ssh/id_ed25519', 'text'], // a credential file without an extension
    ['.aws/credentials', 'text'],
    ['.config/gcloud/credentials.db', null], // binary: judged by its path only
    ['data/table.csv', null],
    ['img/plot.png', null],
    ['README', null]
  ])('%s should be read as %s', (path, kind) => {
    expect(readKind(path)).toBe(kind);
  });
});
