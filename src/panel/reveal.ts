import { CodeCell, MarkdownCell } from '@jupyterlab/cells';
import { NotebookPanel } from '@jupyterlab/notebook';

import { INotebookFinding } from '../core';

/**
 * Show a finding in its notebook: make its cell active, scroll to it, and select the
 * credential in the editor (a source finding) or bring the output into view.
 *
 * #### Notes
 * The cell is the one at the finding's index when it has the finding's cell id (two
 * cells can share an id), else the first with that id (the index may be stale). A
 * windowed notebook creates the editor of an off-screen cell only once it is scrolled
 * to, hence the `ready` wait.
 *
 * @returns whether the cell was found
 */
export async function revealFinding(
  panel: NotebookPanel,
  finding: INotebookFinding
): Promise<boolean> {
  const notebook = panel.content;
  const index =
    notebook.widgets[finding.cell]?.model.id === finding.cellId
      ? finding.cell
      : notebook.widgets.findIndex(cell => cell.model.id === finding.cellId);
  if (index < 0) {
    return false;
  }
  const cell = notebook.widgets[index];
  notebook.activeCellIndex = index;
  notebook.deselectAll();
  await notebook.scrollToCell(cell, 'center');
  await cell.ready;
  if (panel.isDisposed || cell.isDisposed) {
    return false;
  }
  const location = finding.location;
  if (location.part === 'output') {
    notebook.mode = 'command';
    const child =
      cell instanceof CodeCell ? cell.outputArea.widgets[location.index] : null;
    child?.node.scrollIntoView({ block: 'nearest' });
    return true;
  }
  if (cell instanceof MarkdownCell) {
    cell.rendered = false;
  }
  notebook.mode = 'edit';
  const editor = cell.editor;
  if (editor) {
    const length = editor.model.sharedModel.getSource().length;
    const start = editor.getPositionAt(Math.min(finding.start, length));
    const end = editor.getPositionAt(Math.min(finding.end, length));
    if (start && end) {
      editor.setSelection({ start, end });
      editor.revealSelection({ start, end });
    }
    editor.focus();
  }
  return true;
}
