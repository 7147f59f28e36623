import { ICellModel } from '@jupyterlab/cells';

/**
 * The id of a cell model, remembered.
 *
 * #### Notes
 * `ICellModel.id` reads the shared (Yjs) model on every call. Views match findings to cells
 * by id for each re-scan, over every cell of the notebook: with 1,000 cells those reads
 * were most of a re-scan's cost. A cell keeps its id for the life of its model.
 */
export function cellId(model: ICellModel): string {
  let id = ids.get(model);
  if (id === undefined) {
    id = model.id;
    ids.set(model, id);
  }
  return id;
}

const ids = new WeakMap<ICellModel, string>();
