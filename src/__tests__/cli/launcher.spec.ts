import * as fs from 'fs';
import * as path from 'path';

const REPO = path.resolve(__dirname, '..', '..', '..');

describe('bin/credential-guard.js', () => {
  const launcher = fs.readFileSync(
    path.join(REPO, 'bin', 'credential-guard.js'),
    'utf8'
  );

  it('should be a node script', () => {
    expect(launcher.startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('should load the compiled form of src/cli/main.ts', () => {
    // tsconfig.node.json compiles with rootDir "." into lib-node/, so
    // lib-node/<path>.js comes from <path>.ts.
    const required = /require\('\.\.\/(lib-node\/[^']+)\.js'\)/.exec(launcher);
    expect(required).not.toBeNull();
    const source = required![1].replace(/^lib-node\//, '') + '.ts';
    expect(fs.existsSync(path.join(REPO, source))).toBe(true);
  });
});
