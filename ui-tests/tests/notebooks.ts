import type { IJupyterLabPageFixture } from '@jupyterlab/galata';

/**
 * Helpers the UI specs share to put notebooks in front of the extension.
 */

/**
 * A notebook of code cells with the given sources (and outputs, by cell index).
 *
 * #### Notes
 * The kernelspec is set so that no kernel picker opens over the notebook.
 */
export function codeNotebook(
  sources: string[],
  outputs: Record<number, unknown[]> = {}
): Record<string, unknown> {
  return {
    cells: sources.map((source, i) => ({
      cell_type: 'code',
      execution_count: null,
      id: `cell-${i}`,
      metadata: {},
      outputs: outputs[i] ?? [],
      source
    })),
    metadata: {
      kernelspec: {
        display_name: 'Python 3',
        language: 'python',
        name: 'python3'
      }
    },
    nbformat: 4,
    nbformat_minor: 5
  };
}

/**
 * Write a notebook of code cells with the given sources (and outputs, by cell index) to
 * `path`, and open it.
 */
export async function openNotebook(
  page: IJupyterLabPageFixture,
  path: string,
  sources: string[],
  outputs: Record<number, unknown[]> = {}
): Promise<void> {
  const notebook = codeNotebook(sources, outputs);
  await page.contents.uploadContent(JSON.stringify(notebook), 'text', path);
  await page.notebook.openByPath(path);
  await page.notebook.activate(path.split('/').pop()!);
}
