import { readFileSync } from 'fs';
import { join } from 'path';

/**
 * The builder takes the version it requires of each shared package from the JupyterLab it
 * builds with (4.6), not from our dependencies; `jupyterlab.sharedPackages` sets it back to
 * our declared range, so that older releases load the extension without warnings.
 */
describe('package.json', () => {
  const pkg = JSON.parse(
    readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')
  );
  const shared: Record<string, { requiredVersion?: string }> =
    pkg.jupyterlab.sharedPackages ?? {};

  it('should require of every JupyterLab, Lumino and CodeMirror core package the range it declares', () => {
    const core = Object.keys(pkg.dependencies).filter(
      name =>
        /^@(jupyterlab|lumino)\//.test(name) ||
        ['@codemirror/state', '@codemirror/view'].includes(name)
    );
    expect(core.length).toBeGreaterThan(10);
    for (const name of core) {
      expect([name, shared[name]?.requiredVersion]).toEqual([
        name,
        pkg.dependencies[name]
      ]);
    }
  });

  it('should declare JupyterLab 4.1 as the oldest supported release, and stay below 5', () => {
    expect(pkg.dependencies['@jupyterlab/application']).toBe('^4.1.0');
    expect(pkg.dependencies['@jupyterlab/services']).toBe('^7.1.0');
  });
});
