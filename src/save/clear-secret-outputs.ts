import { ICodeCellModel } from '@jupyterlab/cells';
import { INotebookModel } from '@jupyterlab/notebook';

import { INotebookFinding } from '../core';
import { clearOutputAt } from '../fixes/clear-output';

/**
 * Remove every output that shows one of `findings`, and only those.
 *
 * #### Notes
 * Cells are found by id (indexes may have shifted since the scan), or by index when
 * the scan had no ids (nbformat before 4.5); outputs are removed from the highest
 * index down so that the lower indexes stay valid.
 *
 * @returns the number of outputs removed
 */
export function clearSecretOutputs(
  model: INotebookModel,
  findings: readonly INotebookFinding[]
): number {
  const byCell = new Map<string, Set<number>>();
  for (const finding of findings) {
    if (finding.location.part === 'output') {
      const key = finding.cellId ?? `#${finding.cell}`;
      const indexes = byCell.get(key) ?? new Set<number>();
      indexes.add(finding.location.index);
      byCell.set(key, indexes);
    }
  }
  let removed = 0;
  for (let i = 0; i < model.cells.length && byCell.size > 0; i++) {
    const cell = model.cells.get(i);
    const key = byCell.has(cell.id) ? cell.id : `#${i}`;
    const indexes = byCell.get(key);
    if (!indexes || cell.type !== 'code') {
      continue;
    }
    byCell.delete(key);
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
  return findings.some(finding => finding.location?.part === 'output');
}
