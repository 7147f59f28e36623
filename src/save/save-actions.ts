import { JupyterFrontEnd } from '@jupyterlab/application';
import type { CodeEditor } from '@jupyterlab/codeeditor';

import { CommandIDs } from '../fixes/command-ids';
import { DocumentCheck } from './document-check';

/**
 * Show the findings of a document: the findings panel for a notebook, the first
 * credential selected in the editor for a text file (the panel lists notebooks only).
 */
export function showFindings(app: JupyterFrontEnd, check: DocumentCheck): void {
  if (check.isDisposed) {
    return;
  }
  app.shell.activateById(check.widget.id);
  if (check.kind === 'notebook') {
    if (app.commands.hasCommand(CommandIDs.showFindings)) {
      void app.commands.execute(CommandIDs.showFindings);
    }
    return;
  }
  const editor = (check.widget.content as { editor?: CodeEditor.IEditor })
    .editor;
  let first;
  try {
    first = check.findings()[0];
  } catch {
    return;
  }
  if (!editor || !first) {
    return;
  }
  const start = editor.getPositionAt(first.start);
  const end = editor.getPositionAt(first.end);
  if (start && end) {
    editor.setSelection({ start, end });
    editor.revealSelection({ start, end });
  }
  editor.focus();
}

/**
 * Remove the outputs that show credentials from a notebook, then save it and make a
 * checkpoint, so that the copy on disk and its checkpoint lose them too.
 *
 * #### Notes
 * Credentials left in sources are acknowledged first: the user asked for this save
 * and has just been told about them. The Ctrl+S that raised the warning made a
 * checkpoint of the uncleaned notebook (`context.save()` alone makes none); JupyterLab
 * keeps one checkpoint per file, so a new one replaces it.
 */
export async function clearAndSave(check: DocumentCheck): Promise<void> {
  if (check.isDisposed) {
    return;
  }
  check.clearSecretOutputs();
  try {
    check.guard.acknowledge(check.findings());
  } catch {
    // The guard logs scan failures; the save must happen regardless.
  }
  const context = check.widget.context;
  await context.save();
  await context.createCheckpoint();
}

/**
 * Make the document's checkpoint a copy of the clean file, and delete any older
 * checkpoints: after a credential was removed, File › Revert to Checkpoint must not
 * bring it back.
 *
 * #### Notes
 * JupyterLab's own checkpoints keep one per file, which the new one replaces; a server
 * whose checkpoint manager keeps several lists the older ones, which are deleted.
 */
export async function updateCheckpoint(check: DocumentCheck): Promise<void> {
  if (check.isDisposed) {
    return;
  }
  const context = check.widget.context;
  const fresh = await context.createCheckpoint();
  const all = await context.listCheckpoints();
  for (const old of all) {
    if (old.id !== fresh.id) {
      await context.deleteCheckpoint(old.id);
    }
  }
}
