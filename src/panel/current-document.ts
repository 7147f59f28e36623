import type { IDocumentWidget } from '@jupyterlab/docregistry';
import type { FileEditor, IEditorTracker } from '@jupyterlab/fileeditor';
import type { INotebookTracker, NotebookPanel } from '@jupyterlab/notebook';
import type { Widget } from '@lumino/widgets';

import { IDocumentFindings, ISecretScanner, ITextFindings } from '../tokens';

/**
 * A document whose findings a view shows: a notebook, or a text file in the file editor.
 */
export type ScannedDocument =
  | { readonly kind: 'notebook'; readonly widget: NotebookPanel }
  | { readonly kind: 'file'; readonly widget: IDocumentWidget<FileEditor> };

/**
 * The scanned document that `widget` is, if it is one.
 *
 * @param widget - a main-area widget (the shell's current one, typically)
 * @param notebooks - the notebook tracker
 * @param editors - the file editor tracker, when the app has one
 */
export function scannedDocument(
  widget: Widget | null,
  notebooks: Pick<INotebookTracker, 'has'>,
  editors: Pick<IEditorTracker, 'has'> | null
): ScannedDocument | null {
  if (!widget || widget.isDisposed) {
    return null;
  }
  if (notebooks.has(widget)) {
    return { kind: 'notebook', widget: widget as NotebookPanel };
  }
  if (editors?.has(widget)) {
    return { kind: 'file', widget: widget as IDocumentWidget<FileEditor> };
  }
  return null;
}

/**
 * The findings of `document`, once the scanner service has them registered.
 */
export function findingsOf(
  scanner: Pick<ISecretScanner, 'findingsFor' | 'textFindingsFor'>,
  document: ScannedDocument | null
): IDocumentFindings | ITextFindings | null {
  if (!document || document.widget.isDisposed) {
    return null;
  }
  return document.kind === 'notebook'
    ? scanner.findingsFor(document.widget.context.model.sharedModel)
    : scanner.textFindingsFor(document.widget.context.model.sharedModel);
}
