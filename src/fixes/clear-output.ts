import { ICodeCellModel } from '@jupyterlab/cells';
import * as nbformat from '@jupyterlab/nbformat';

/**
 * Remove the output at `index` of a code cell (an index of the cell model's outputs, as
 * the output area shows them); returns what `restoreOutputs` needs to undo it.
 *
 * #### Notes
 * The list is written back through the shared model, like a collaborator's edit, so
 * every view and the findings follow. Removing one output through the cell model does
 * not reach the shared model for every index in JupyterLab 4.6, and JupyterLab does not
 * put output changes on the undo stack: `restoreOutputs` is the undo.
 */
export function clearOutputAt(
  cell: ICodeCellModel,
  index: number
): IRemovedOutputs {
  const before = cell.outputs.toJSON();
  const outputs = [...before];
  const removed = outputs.splice(index, 1);
  if (removed.length > 0) {
    writeOutputs(cell, outputs);
  }
  return { index, outputs: removed, before, after: cell.outputs.toJSON() };
}

/**
 * Remove every output of a code cell; returns what `restoreOutputs` needs.
 */
export function clearAllOutputs(cell: ICodeCellModel): IRemovedOutputs {
  const before = cell.outputs.toJSON();
  if (before.length > 0) {
    clearSharedOutputs(cell);
  }
  return { index: 0, outputs: before, before, after: [] };
}

/**
 * Put removed outputs back: exactly as before when nothing changed since, otherwise at
 * their old index.
 */
export function restoreOutputs(
  cell: ICodeCellModel,
  removed: IRemovedOutputs
): void {
  if (cell.isDisposed || removed.outputs.length === 0) {
    return;
  }
  const current = cell.outputs.toJSON();
  if (JSON.stringify(current) === JSON.stringify(removed.after)) {
    writeOutputs(cell, removed.before);
    return;
  }
  current.splice(
    Math.min(removed.index, current.length),
    0,
    ...removed.outputs
  );
  writeOutputs(cell, current);
}

/**
 * Outputs removed from a cell, and the lists before and after.
 */
export interface IRemovedOutputs {
  readonly index: number;
  readonly outputs: readonly nbformat.IOutput[];
  readonly before: readonly nbformat.IOutput[];
  readonly after: readonly nbformat.IOutput[];
}

/**
 * Replace the outputs of `cell` in two shared-model changes.
 *
 * #### Notes
 * In one transaction Yjs reports the inserts before the deletes, and the cell model,
 * which appends inserted outputs, would then delete the new ones.
 */
function writeOutputs(
  cell: ICodeCellModel,
  outputs: readonly nbformat.IOutput[]
): void {
  clearSharedOutputs(cell);
  if (outputs.length > 0) {
    cell.sharedModel.updateOutputs(0, 0, [...outputs]);
  }
}

/**
 * Remove every output of `cell` from its shared model, in one change.
 *
 * #### Notes
 * `clearOutputs` came with JupyterLab 4.5's shared models; on older releases an update that
 * replaces all outputs with none is the same single change.
 */
function clearSharedOutputs(cell: ICodeCellModel): void {
  const shared: ICodeCellModel['sharedModel'] & {
    clearOutputs?(origin: null): void;
  } = cell.sharedModel;
  if (shared.clearOutputs) {
    shared.clearOutputs(null);
  } else {
    shared.updateOutputs(0, shared.getOutputs().length, []);
  }
}
