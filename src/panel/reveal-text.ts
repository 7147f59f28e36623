import type { FileEditor } from '@jupyterlab/fileeditor';

import { IFinding } from '../core';

/**
 * Show a text file's finding in its editor: select the credential, scroll to it and
 * focus the editor.
 *
 * #### Notes
 * Offsets come from the last scan: a later edit may have shortened the text, so they
 * are clamped to its length. The selection is what the editor already shows, so the
 * secret is not copied anywhere.
 *
 * @param editor - the file editor's CodeMirror editor
 * @param finding - a finding of that file's text
 * @returns whether the range could be selected
 */
export function revealTextFinding(
  editor: Pick<
    FileEditor['editor'],
    'model' | 'getPositionAt' | 'setSelection' | 'revealSelection' | 'focus'
  >,
  finding: IFinding
): boolean {
  const length = editor.model.sharedModel.getSource().length;
  const start = editor.getPositionAt(Math.min(finding.start, length));
  const end = editor.getPositionAt(Math.min(finding.end, length));
  if (!start || !end) {
    return false;
  }
  editor.setSelection({ start, end });
  editor.revealSelection({ start, end });
  editor.focus();
  return true;
}
