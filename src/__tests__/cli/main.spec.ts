import * as path from 'path';
import {
  cleanTrees,
  githubToken,
  jsonLines,
  notebook,
  randomChars,
  run,
  tempTree
} from './helpers';

afterEach(cleanTrees);

describe('credential-guard scan', () => {
  describe('exit codes', () => {
    it('should exit 0 and print nothing on stdout for a clean tree', () => {
      const root = tempTree({
        'clean.ipynb': notebook([{ source: 'import os\nprint(1 + 1)\n' }]),
        'setup.py': 'from setuptools import setup\nsetup()\n'
      });
      const result = run(['scan'], root);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('no credentials found in 2 files');
    });

    it('should exit 1 when a credential is found', () => {
      const root = tempTree({
        'leak.ipynb': notebook([{ source: `token = "${githubToken()}"\n` }])
      });
      const result = run(['scan', '.'], root);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('1 finding in 1 of 1 file');
    });

    it('should exit 2 on a usage error without scanning', () => {
      const root = tempTree({
        'leak.py': `token = "${githubToken()}"\n`
      });
      const result = run(['scan', '--format', 'xml'], root);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/unknown format 'xml'[\s\S]*--help/);
    });

    it('should exit 2 for a path that cannot be read, and still scan the others', () => {
      const root = tempTree({ 'leak.py': `token = "${githubToken()}"\n` });
      const result = run(['scan', 'missing-dir', 'leak.py'], root);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('missing-dir: no such file or directory');
      expect(result.stdout).toContain('leak.py:1:');
    });

    it('should report an invalid notebook on stderr, exit 2 and still scan the rest', () => {
      const root = tempTree({
        'a-broken.ipynb': '{"cells": [ this is not json',
        'b-leak.ipynb': notebook([{ source: `t = "${githubToken()}"\n` }])
      });
      const result = run(['scan', '--format', 'jsonl'], root);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('a-broken.ipynb');
      const lines = jsonLines(result.stdout);
      expect(lines).toHaveLength(1);
      expect(lines[0].file).toBe('b-leak.ipynb');
    });
  });

  describe('masking', () => {
    it('should mask values by default in every format', () => {
      const token = githubToken('masked');
      const root = tempTree({
        'leak.ipynb': notebook([{ source: `token = "${token}"\n` }])
      });
      for (const format of ['text', 'jsonl', 'sarif']) {
        const result = run(['scan', '--format', format], root);
        expect(result.code).toBe(1);
        expect(result.stdout + result.stderr).not.toContain(token);
      }
    });

    it('should reveal values with --show-secrets, but never in SARIF', () => {
      const token = githubToken('shown');
      const root = tempTree({
        'leak.ipynb': notebook([
          { source: '# setup\n' },
          { source: `import os\ntoken = "${token}"\n` }
        ]),
        'leak.env': `GITHUB_TOKEN=${token}\n`
      });
      const text = run(['scan', '--show-secrets'], root);
      expect(text.stdout.split(token)).toHaveLength(3);
      const jsonl = jsonLines(
        run(['scan', '--show-secrets', '--format', 'jsonl'], root).stdout
      );
      expect(jsonl.map(l => l.secret)).toEqual([token, token]);
      const sarif = run(['scan', '--show-secrets', '--format', 'sarif'], root);
      expect(sarif.stdout).not.toContain(token);
    });
  });

  describe('--disable and --config', () => {
    const leak = (): Record<string, string> => ({
      'leak.py': `token = "${githubToken()}"\n`
    });

    // An assigned token is also a generic hard-coded key: turn both off.
    it('should not report rules turned off with --disable', () => {
      const result = run(
        ['scan', '--disable', 'github-token', '--disable=generic-api-key'],
        tempTree(leak())
      );
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('');
    });

    it('should exit 2 for an unknown rule id in --disable', () => {
      const result = run(
        ['scan', '--disable', 'github-tokne'],
        tempTree(leak())
      );
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        "--disable: no rule has the id 'github-tokne'"
      );
      expect(result.stdout).toContain('github-token');
    });

    it('should apply disabledRules from the config file', () => {
      const root = tempTree({
        ...leak(),
        'guard.json': JSON.stringify({
          disabledRules: ['github-token', 'generic-api-key']
        })
      });
      const result = run(['scan', '--config', 'guard.json', 'leak.py'], root);
      expect(result.code).toBe(0);
    });

    it('should reject a custom rule with a bad regex, exit 2 and keep every other rule', () => {
      const labKey = 'LABKEY-' + randomChars(24);
      const root = tempTree({
        'leak.py': `token = "${githubToken()}"\nlab = "${labKey}"\n`,
        'guard.json': JSON.stringify({
          customRules: [
            { id: 'broken-rule', title: 'Broken', pattern: '([unclosed' },
            {
              id: 'lab-key',
              title: 'Lab service key',
              pattern: 'LABKEY-[A-Za-z0-9]{24}',
              keywords: ['LABKEY-'],
              severity: 'warning'
            }
          ]
        })
      });
      const result = run(
        ['scan', '--config', 'guard.json', '--format', 'jsonl', 'leak.py'],
        root
      );
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('broken-rule');
      const rules = jsonLines(result.stdout).map(l => l.rule);
      expect(rules).toEqual(
        expect.arrayContaining(['github-token', 'lab-key'])
      );
    });

    it('should report a config file that is not JSON, exit 2 and scan with defaults', () => {
      const root = tempTree({ ...leak(), 'guard.json': '{ nope' });
      const result = run(['scan', '-c', 'guard.json', 'leak.py'], root);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('guard.json');
      expect(result.stdout).toContain('github-token');
    });

    it('should report config entries of the wrong shape', () => {
      const root = tempTree({
        ...leak(),
        'guard.json': JSON.stringify({
          disabledRules: 'github-token',
          colour: 'red'
        })
      });
      const result = run(['scan', '-c', 'guard.json', 'leak.py'], root);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('guard.json: disabledRules');
      expect(result.stderr).toContain("unknown option 'colour'");
    });
  });

  describe('paths', () => {
    it('should print paths relative to the working directory, as named', () => {
      const root = tempTree({
        'project/notebooks/leak.ipynb': notebook([
          { source: `t = "${githubToken()}"\n` }
        ])
      });
      const cwd = path.join(root, 'project');
      const named = jsonLines(
        run(['scan', '-f', 'jsonl', './notebooks'], cwd).stdout
      );
      expect(named[0].file).toBe(path.join('notebooks', 'leak.ipynb'));
      const absolute = jsonLines(
        run(['scan', '-f', 'jsonl', path.join(cwd, 'notebooks')], cwd).stdout
      );
      expect(absolute[0].file).toBe(path.join('notebooks', 'leak.ipynb'));
    });
  });

  describe('progress', () => {
    const bigTree = (): string => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 210; i++) {
        files[`f${i}.py`] = `x = ${i}\n`;
      }
      return tempTree(files);
    };

    it('should draw a progress line for a large tree when stderr is a terminal', () => {
      const result = run(['scan'], bigTree(), true);
      expect(result.stderr).toContain('scanning 0/210 files');
      expect(result.stderr).toContain('no credentials found in 210 files');
    });

    it('should not draw one when stderr is not a terminal', () => {
      expect(run(['scan'], bigTree(), false).stderr).not.toContain('scanning');
    });
  });

  describe('--help and --version', () => {
    it('should print the usage', () => {
      const result = run(['--help'], process.cwd());
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Usage: credential-guard scan');
    });

    it('should print the package version', () => {
      const result = run(['--version'], process.cwd());
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^\d+\.\d+\.\d+/);
    });
  });
});

describe('--jobs', () => {
  // The launcher that worker threads run: it needs the compiled CLI (jlpm build:cli).
  const launcher = require('path').resolve(
    __dirname,
    '../../../bin/credential-guard.js'
  );
  const compiled = require('fs').existsSync(
    require('path').resolve(__dirname, '../../../lib-node/src/cli/main.js')
  );

  (compiled ? it : it.skip)(
    'should report the same lines in the same order as one thread',
    async () => {
      const { main } = await import('../../cli/main');
      const { tempTree, githubToken } = await import('./helpers');
      const files: Record<string, string> = {};
      for (let i = 0; i < 80; i++) {
        files[`m${String(i).padStart(2, '0')}.py`] =
          i % 7 === 0 ? `t = "${githubToken(`jobs-${i}`)}"\n` : 'print(1)\n';
      }
      const root = tempTree(files);
      const runWith = async (jobs: string) => {
        let stdout = '';
        const code = await main(['scan', '--jobs', jobs, '-f', 'jsonl', '.'], {
          stdout: text => (stdout += text),
          stderr: () => undefined,
          cwd: root,
          workerScript: launcher
        });
        return { code, stdout };
      };
      const one = await runWith('1');
      const three = await runWith('3');
      expect(three).toEqual(one);
      expect(one.code).toBe(1);
      expect(one.stdout.trim().split('\n')).toHaveLength(12);
    }
  );
});
