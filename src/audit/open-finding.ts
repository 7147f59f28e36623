import type { JupyterFrontEnd } from '@jupyterlab/application';
import type { IDocumentWidget } from '@jupyterlab/docregistry';
import type { FileEditor } from '@jupyterlab/fileeditor';
import type { NotebookPanel } from '@jupyterlab/notebook';

import type { CellLocation, INotebookFinding } from '../core';
import type { IAuditFinding } from '../core/file-walk';
import type { IAuditFileReport } from './audit-run';

/**
 * Open an audited file in JupyterLab and select the finding: the cell and the value in a
 * notebook, the value in a text file. File-level findings without a place just open it.
 *
 * Notes: the offsets come from the file as it was read; the reveal helpers clamp them
 * to the current text, which may have changed since.
 */
export async function openAtFinding(
  app: JupyterFrontEnd,
  file: IAuditFileReport,
  finding: IAuditFinding
): Promise<void> {
  const widget = (await app.commands.execute('docmanager:open', {
    path: file.path,
    factory: file.kind === 'notebook' ? 'Notebook' : 'Editor'
  })) as IDocumentWidget | undefined;
  if (!widget) {
    return;
  }
  await widget.context.ready;
  app.shell.activateById(widget.id);
  if (finding.start === null || finding.end === null) {
    return;
  }
  if (file.kind === 'notebook' && finding.cell !== null) {
    const { revealFinding } = await import('../panel/reveal');
    await revealFinding(widget as NotebookPanel, asNotebookFinding(finding));
  } else if (file.kind === 'text') {
    const { revealTextFinding } = await import('../panel/reveal-text');
    const editor = (widget.content as FileEditor).editor;
    revealTextFinding(editor, {
      ruleId: finding.ruleId,
      title: finding.title,
      severity: finding.severity,
      start: finding.start,
      end: finding.end,
      line: finding.line ?? 1,
      column: finding.column ?? 1,
      masked: finding.masked ?? '',
      fingerprint: finding.fingerprint
    });
  }
}

function asNotebookFinding(finding: IAuditFinding): INotebookFinding {
  const output = /^outputs\[(\d+)\]$/.exec(finding.where ?? '');
  const location: CellLocation = output
    ? { part: 'output', index: Number(output[1]) }
    : { part: 'source' };
  return {
    ruleId: finding.ruleId,
    title: finding.title,
    severity: finding.severity,
    start: finding.start ?? 0,
    end: finding.end ?? 0,
    line: finding.line ?? 1,
    column: finding.column ?? 1,
    masked: finding.masked ?? '',
    fingerprint: finding.fingerprint,
    cell: finding.cell ?? 0,
    cellId: finding.cellId,
    where: output ? `outputs[${Number(output[1])}]` : 'source',
    location
  };
}
