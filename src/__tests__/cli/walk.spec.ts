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
  it('should recurse in sorted order and skip .git, node_modules and checkpoints', () => {
    const root = tempTree({
      'b.py': '',
      'a/nb.ipynb': '{}',
      'a/.ipynb_checkpoints/nb-checkpoint.ipynb': '{}',
      '.git/config': '',
      '.git/hooks/x.sh': '',
      'node_modules/pkg/index.json': '{}',
      'image.png': '',
      '.cdsapirc': ''
    });
    const { files, errors } = walk(['.'], root);
    expect(errors).toEqual([]);
    expect(files.map(f => f.display)).toEqual([
      '.cdsapirc',
      path.join('a', 'nb.ipynb'),
      'b.py'
    ]);
  });

  it('should skip a virtual environment unless it is named', () => {
    const root = tempTree({
      'env/pyvenv.cfg': 'home = /usr/bin\n',
      'env/lib/site-packages/pkg/test_urls.py': '',
      'main.py': ''
    });
    expect(walk(['.'], root).files.map(f => f.display)).toEqual(['main.py']);
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
  it('should find nothing in skipped folders or binary files', () => {
    const leak = `token = "${githubToken('skip')}"\n`;
    const root = tempTree({
      '.git/leak.py': leak,
      'node_modules/pkg/leak.py': leak,
      '.ipynb_checkpoints/leak-checkpoint.ipynb': notebook([{ source: leak }]),
      'blob.py': Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(leak)])
    });
    const result = run(['scan'], root);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('no credentials found in 0 files');
  });

  it('should scan an explicitly named file with an unknown extension', () => {
    const root = tempTree({
      Dockerfile: `ENV GITHUB_TOKEN=${githubToken('docker')}\n`
    });
    expect(run(['scan', 'Dockerfile'], root).code).toBe(1);
  });
});
