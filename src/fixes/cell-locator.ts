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
 * Where a command's cell is: its id, and where known its notebook's path and its index.
 */
export interface ICellAddress {
  readonly cellId: string;
  readonly path?: string;
  readonly cellIndex?: number;
}

/**
 * Read a cell address from command arguments; `null` without a cell id.
 */
export function cellAddressOf(args: {
  readonly [key: string]: unknown;
}): ICellAddress | null {
  if (typeof args.cellId !== 'string') {
    return null;
  }
  return {
    cellId: args.cellId,
    path: typeof args.path === 'string' ? args.path : undefined,
    cellIndex:
      typeof args.cellIndex === 'number' && Number.isInteger(args.cellIndex)
        ? args.cellIndex
        : undefined
  };
}

/**
 * The address of a cell, for command arguments.
 *
 * @param tracker - the open notebooks, to find the cell's path; without it, none is named.
 * @param cell - the cell's shared model.
 */
export function addressOfCell(
  tracker: INotebookTracker | null,
  cell: ICellModel['sharedModel']
): ICellAddress {
  const notebook = cell.notebook;
  const panel = notebook
    ? tracker?.find(found => found.context.model.sharedModel === notebook)
    : undefined;
  const index = notebook
    ? (notebook.cells as readonly unknown[]).indexOf(cell)
    : -1;
  return {
    cellId: cell.getId(),
    ...(panel ? { path: panel.context.path } : {}),
    ...(index >= 0 ? { cellIndex: index } : {})
  };
}

/**
 * Find the cell at `address`: in the notebook at its path when it names one (else the
 * current notebook first, then any open one), at its index when the cell there has its
 * id, otherwise the first cell with that id.
 *
 * #### Notes
 * Commands name cells by id, not by index alone: indexes shift as cells are added or
 * moved. The index settles which of two cells with one id is meant (JupyterLab keeps a
 * cut cell's id when it is pasted), and makes the usual lookup a single read. Panel
 * rows and lint tooltips check their commands' enabled state often, so when the index
 * is stale, `cellsWithId` (the notebook's id index) says at once whether a notebook
 * holds the id; only a notebook that does is walked, for the cell's position.
 */
export function locateCell(
  tracker: INotebookTracker,
  address: ICellAddress,
  cellsWithId?: (panel: NotebookPanel) => CellsWithId | null | undefined
): ILocatedCell | null {
  const panels: NotebookPanel[] = [];
  const current = tracker.currentWidget;
  const wanted = (panel: NotebookPanel) =>
    address.path === undefined || panel.context.path === address.path;
  if (current && wanted(current)) {
    panels.push(current);
  }
  tracker.forEach(panel => {
    if (panel !== current && wanted(panel)) {
      panels.push(panel);
    }
  });
  for (const panel of panels) {
    const cells = panel.context.model.cells;
    const hinted =
      address.cellIndex !== undefined && address.cellIndex < cells.length
        ? cells.get(address.cellIndex)
        : undefined;
    if (hinted?.id === address.cellId) {
      return { panel, cell: hinted, index: address.cellIndex! };
    }
    const indexed = cellsWithId?.(panel)?.(address.cellId);
    if (indexed && indexed.length === 0) {
      continue;
    }
    for (let index = 0; index < cells.length; index++) {
      const cell = cells.get(index);
      if (cell.id === address.cellId) {
        return { panel, cell, index };
      }
    }
  }
  return null;
}

/**
 * A notebook's cells with a given id.
 */
export type CellsWithId = (id: string) => readonly ICellModel[];

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
