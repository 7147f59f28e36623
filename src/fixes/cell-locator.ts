import { ICellModel } from '@jupyterlab/cells';
import { INotebookTracker, NotebookPanel } from '@jupyterlab/notebook';

/**
 * A cell found by id, with its notebook and index.
 */
export interface ILocatedCell {
  readonly panel: NotebookPanel;
  readonly cell: ICellModel;
  readonly index: number;
}

/**
 * Find the cell `cellId` in the current notebook, or else in any open notebook.
 *
 * #### Notes
 * Commands name cells by id, not index: indexes shift as cells are added or moved.
 */
export function locateCell(
  tracker: INotebookTracker,
  cellId: string
): ILocatedCell | null {
  const panels: NotebookPanel[] = [];
  if (tracker.currentWidget) {
    panels.push(tracker.currentWidget);
  }
  tracker.forEach(panel => {
    if (panel !== tracker.currentWidget) {
      panels.push(panel);
    }
  });
  for (const panel of panels) {
    const cells = panel.context.model.cells;
    for (let index = 0; index < cells.length; index++) {
      const cell = cells.get(index);
      if (cell.id === cellId) {
        return { panel, cell, index };
      }
    }
  }
  return null;
}

/**
 * Whether the notebook's kernel language is Python (or unknown, as in a new notebook
 * before its kernel starts).
 */
export function isPythonNotebook(panel: NotebookPanel): boolean {
  const metadata = panel.context.model.metadata as {
    kernelspec?: { language?: unknown };
    language_info?: { name?: unknown };
  };
  const language = [
    metadata.language_info?.name,
    metadata.kernelspec?.language
  ].find(value => typeof value === 'string' && value !== '');
  return language === undefined || String(language).toLowerCase() === 'python';
}
