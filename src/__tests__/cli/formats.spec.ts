import {
  cleanTrees,
  githubToken,
  jsonLines,
  notebook,
  run,
  streamOutput,
  tempTree
} from './helpers';

afterEach(cleanTrees);

describe('output formats', () => {
  const tree = (): string =>
    tempTree({
      'analysis.ipynb': notebook([
        { source: '# Analysis\n', type: 'markdown' },
        {
          source: 'import os\nprint(os.environ.get("HOME"))\n',
          outputs: [streamOutput(`login ok, token ${githubToken('out')}\n`)]
        },
        { source: `import requests\nGH = "${githubToken('src')}"\n` }
      ]),
      'config/settings.env': `HOME=/home/me\nGITHUB_TOKEN=${githubToken('env')}\n`
    });

  describe('jsonl', () => {
    it('should write one object per finding with the documented keys, and nothing else', () => {
      const result = run(['scan', '--format', 'jsonl'], tree());
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('');
      const lines = jsonLines(result.stdout);
      expect(result.stdout.trim().split('\n')).toHaveLength(lines.length);
      for (const line of lines) {
        expect(Object.keys(line)).toEqual([
          'file',
          'rule',
          'severity',
          'cell',
          'where',
          'line',
          'column',
          'masked',
          'fingerprint'
        ]);
      }
    });

    it('should locate findings in sources, outputs and text files', () => {
      const lines = jsonLines(run(['scan', '-f', 'jsonl'], tree()).stdout);
      const places = lines.map(l => [l.file, l.cell, l.where, l.line]);
      expect(places).toEqual([
        ['analysis.ipynb', 1, 'outputs[0]', 1],
        ['analysis.ipynb', 2, 'source', 2],
        ['config/settings.env', null, 'source', 2]
      ]);
      expect(lines[1].column).toBe(7);
      expect(lines.every(l => l.rule === 'github-token')).toBe(true);
      expect(lines.every(l => String(l.masked).startsWith('ghp_'))).toBe(true);
    });
  });

  describe('--show-secrets', () => {
    it('should reveal the exact values in outputs, sources and text files', () => {
      const lines = jsonLines(
        run(['scan', '-f', 'jsonl', '--show-secrets'], tree()).stdout
      );
      expect(lines.map(l => l.secret)).toEqual([
        githubToken('out'),
        githubToken('src'),
        githubToken('env')
      ]);
    });
  });

  describe('text', () => {
    it('should print one line per finding and a summary on stderr', () => {
      const result = run(['scan'], tree());
      const lines = result.stdout.trim().split('\n');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(
        /^analysis\.ipynb:cell 2 outputs\[0\]:1:\d+ {2}github-token {2}GitHub .+ {2}ghp_\S*…$/
      );
      expect(lines[1]).toMatch(
        /^analysis\.ipynb:cell 3 source:2:7 {2}github-token /
      );
      expect(lines[2]).toMatch(/^config\/settings\.env:2:\d+ {2}github-token /);
      expect(result.stderr).toBe(
        'credential-guard: 3 findings in 2 of 2 files\n'
      );
    });
  });
});
