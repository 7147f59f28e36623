import * as fs from 'fs';
import * as path from 'path';
import { fileKind, looksBinary } from '../../cli/file-kind';
import { walk } from '../../cli/walk';
import { cleanTrees, githubToken, notebook, run, tempTree } from './helpers';

afterEach(cleanTrees);

describe('#fileKind', () => {
  it.each([
    ['analysis.ipynb', 'notebook'],
    ['Analysis.IPYNB', 'notebook'],
    ['train.py', 'text'],
    ['plot.R', 'text'],
    ['.env', 'text'],
    ['.env.production', 'text'],
    ['prod.env', 'text'],
    ['.netrc', 'text'],
    ['_netrc', 'text'],
    ['.cdsapirc', 'text'],
    ['credentials', 'text'],
    ['pyproject.toml', 'text'],
    ['figure.png', null],
    ['data.nc', null],
    ['Makefile', null]
  ])('should classify %s as %s', (name, kind) => {
    expect(fileKind(name)).toBe(kind);
  });
});

describe('#looksBinary', () => {
  it('should spot a NUL byte and accept UTF-8 text', () => {
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]))).toBe(
      true
    );
    expect(looksBinary(Buffer.from('héllo wörld\n'))).toBe(false);
  });
});

describe('#walk', () => {
  it('should recurse in sorted order with the skips of the server inventory, keeping checkpoints and .git/config', () => {
    const root = tempTree({
      'b.py': '',
      'a/nb.ipynb': '{}',
      'a/.ipynb_checkpoints/nb-checkpoint.ipynb': '{}',
      '.git/config': '',
      '.git/objects/ab/leak.py': '',
      'node_modules/pkg/index.json': '{}',
      '.cache/pip/wheels/x.json': '{}',
      'pkgs/urls.txt': '',
      'pkgs/numpy/setup.py': '',
      'image.png': '',
      '.cdsapirc': ''
    });
    const { files, errors, skipped } = walk(['.'], root);
    expect(errors).toEqual([]);
    expect(files.map(f => f.display)).toEqual([
      '.cdsapirc',
      path.join('.git', 'config'),
      path.join('a', '.ipynb_checkpoints', 'nb-checkpoint.ipynb'),
      path.join('a', 'nb.ipynb'),
      'b.py'
    ]);
    expect(skipped).toEqual({
      cache: 1,
      'conda-pkgs': 1,
      'git-objects': 1,
      node_modules: 1
    });
  });

  it('should list binary credential files to be judged by their path', () => {
    const root = tempTree({ '.config/gcloud/credentials.db': 'SQLite' });
    const [entry] = walk(['.'], root).files;
    expect([entry.display, entry.pathOnly]).toEqual([
      path.join('.config', 'gcloud', 'credentials.db'),
      true
    ]);
  });

  it('should note which files others can read', () => {
    const root = tempTree({ '.netrc': '' });
    fs.chmodSync(path.join(root, '.netrc'), 0o644);
    const [entry] = walk(['.'], root).files;
    expect([entry.groupReadable, entry.worldReadable]).toEqual([true, true]);
  });

  it('should skip a virtual environment unless it is named', () => {
    const root = tempTree({
      'env/pyvenv.cfg': 'home = /usr/bin\n',
      'env/lib/site-packages/pkg/test_urls.py': '',
      'main.py': ''
    });
    expect(walk(['.'], root).files.map(f => f.display)).toEqual(['main.py']);
    expect(walk(['.'], root).skipped).toEqual({ venv: 1 });
    expect(walk(['env'], root).files.map(f => f.display)).toEqual([
      path.join('env', 'lib', 'site-packages', 'pkg', 'test_urls.py'),
      path.join('env', 'pyvenv.cfg')
    ]);
  });

  it('should take explicitly named files whatever their name, once', () => {
    const root = tempTree({ Dockerfile: 'FROM python\n', 'x.py': '' });
    const { files } = walk(['Dockerfile', 'x.py', '.'], root);
    expect(files.map(f => [f.display, f.kind, f.explicit])).toEqual([
      ['Dockerfile', 'text', true],
      ['x.py', 'text', true]
    ]);
  });

  it('should not follow a symbolic link back up the tree', () => {
    const root = tempTree({ 'sub/x.py': '' });
    fs.symlinkSync(root, path.join(root, 'sub', 'loop'));
    expect(walk(['.'], root).files.map(f => f.display)).toEqual([
      path.join('sub', 'x.py')
    ]);
  });
});

describe('skipping in a scan', () => {
  it('should find nothing in skipped folders or binary files, and say what it skipped', () => {
    const leak = `token = "${githubToken('skip')}"\n`;
    const root = tempTree({
      '.git/objects/leak.py': leak,
      'node_modules/pkg/leak.py': leak,
      'blob.py': Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(leak)])
    });
    const result = run(['scan'], root);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('no credentials found in 0 files');
    expect(result.stderr).toContain(
      'not scanned: git-objects 1, node_modules 1'
    );
  });

  it('should scan checkpoints, which can keep what was removed from a notebook', () => {
    const leak = `token = "${githubToken('checkpoint')}"\n`;
    const root = tempTree({
      '.ipynb_checkpoints/leak-checkpoint.ipynb': notebook([{ source: leak }])
    });
    expect(run(['scan'], root).code).toBe(1);
  });

  it('should report known credential files, hidden ones included', () => {
    const root = tempTree({
      '.netrc': `machine example.org login me password ${githubToken('netrc').slice(4, 20)}\n`,
      '.config/gcloud/credentials.db': 'SQLite format 3\u0000'
    });
    const result = run(['scan', '--format', 'jsonl'], root);
    const rules = result.stdout
      .trim()
      .split('\n')
      .map(line => JSON.parse(line).rule);
    expect(rules).toEqual(
      expect.arrayContaining([
        'credential-file/gcloud-credential-store',
        'credential-file/netrc'
      ])
    );
  });

  it('should scan an explicitly named file with an unknown extension', () => {
    const root = tempTree({
      Dockerfile: `ENV GITHUB_TOKEN=${githubToken('docker')}\n`
    });
    expect(run(['scan', 'Dockerfile'], root).code).toBe(1);
  });
});
