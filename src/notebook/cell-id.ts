import { ICellModel } from '@jupyterlab/cells';

/**
 * The id of a cell model, remembered.
 *
 * #### Notes
 * `ICellModel.id` reads the shared (Yjs) model on every call, and every scan of a cell
 * records its id for the views and commands (findings themselves are kept per cell
 * model). A cell keeps its id for the life of its model.
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
