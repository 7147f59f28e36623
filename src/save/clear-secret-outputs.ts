import { ICodeCellModel } from '@jupyterlab/cells';
import { INotebookModel } from '@jupyterlab/notebook';

import { INotebookFinding } from '../core';
import { clearOutputAt } from '../fixes/clear-output';

/**
 * Remove every output that shows one of `findings`, and only those.
 *
 * #### Notes
 * Cells are found by id (indexes may have shifted since the scan), and outputs are
 * removed from the highest index down so that the lower indexes stay valid.
 *
 * @returns the number of outputs removed
 */
export function clearSecretOutputs(
  model: INotebookModel,
  findings: readonly INotebookFinding[]
): number {
  const byCell = new Map<string, Set<number>>();
  for (const finding of findings) {
    const output = /^outputs\[(\d+)\]$/.exec(finding.where);
    if (output && finding.cellId) {
      const indexes = byCell.get(finding.cellId) ?? new Set<number>();
      indexes.add(+output[1]);
      byCell.set(finding.cellId, indexes);
    }
  }
  let removed = 0;
  for (let i = 0; i < model.cells.length && byCell.size > 0; i++) {
    const cell = model.cells.get(i);
    const indexes = byCell.get(cell.id);
    if (!indexes || cell.type !== 'code') {
      continue;
    }
    byCell.delete(cell.id);
    for (const index of [...indexes].sort((a, b) => b - a)) {
      removed += clearOutputAt(cell as ICodeCellModel, index).outputs.length;
    }
  }
  return removed;
}

/**
 * Whether some of `findings` are in outputs.
 */
export function hasOutputFindings(
  findings: readonly INotebookFinding[]
): boolean {
  return findings.some(finding => finding.where !== 'source');
}
