import type { ICellModel } from '@jupyterlab/cells';
import type { INotebookModel } from '@jupyterlab/notebook';
import { Token } from '@lumino/coreutils';
import { IDisposable } from '@lumino/disposable';
import { ISignal } from '@lumino/signaling';

import type { IFinding, INotebookFinding, Scanner } from './core';
import type { IScannerSettings } from './settings/schema-types';

/**
 * The shared (Yjs) model of a notebook: the key that editors and views share.
 */
export type ISharedNotebook = INotebookModel['sharedModel'];

/**
 * The one detection engine of the session, built from the user's settings, and the
 * findings of every open document.
 *
 * #### Notes
 * Views (editor underlines, output markers, status bar, panel, save guard) read the
 * per-document findings instead of scanning on their own; a view that scans for
 * immediacy uses `scanner` so that rules and settings stay the same everywhere.
 */
export interface ISecretScanner {
  /**
   * The current engine; replaced (and `changed` emitted) when the settings change.
   */
  readonly scanner: Scanner;
  /**
   * The current, validated settings.
   */
  readonly settings: IScannerSettings;
  /**
   * Emitted after `scanner` or `settings` changed: every view should refresh.
   */
  readonly changed: ISignal<ISecretScanner, void>;
  /**
   * Resolves once the user's settings are loaded; never rejects.
   */
  readonly ready: Promise<void>;
  /**
   * Register the findings of an open notebook.
   *
   * @returns a disposable that removes the registration
   */
  addDocument(findings: IDocumentFindings): IDisposable;
  /**
   * The findings of the open notebook whose shared model is `notebook`, if any.
   */
  findingsFor(
    notebook: ISharedNotebook | null | undefined
  ): IDocumentFindings | null;
  /**
   * Register the findings of an open text file.
   *
   * @returns a disposable that removes the registration
   */
  addTextDocument(findings: ITextFindings): IDisposable;
  /**
   * The findings of the open text file whose shared model is `file`, if any.
   */
  textFindingsFor(file: object | null | undefined): ITextFindings | null;
  /**
   * Emitted when a document's findings (notebook or text file) are registered or removed.
   */
  readonly documentsChanged: ISignal<
    ISecretScanner,
    IDocumentFindings | ITextFindings
  >;
}

/**
 * The token of the secret scanner service.
 */
export const ISecretScanner = new Token<ISecretScanner>(
  'jupyterlab-credential-guard:ISecretScanner',
  'The credential scanner built from the settings, and the findings of each open notebook.'
);

/**
 * What the last save of a document wrote, as the check on save recorded it.
 */
export interface ISavedStateView {
  /**
   * The credentials the last save wrote (0 when none, or not checked).
   */
  readonly count: number;
  /**
   * Whether the last save wrote credentials.
   */
  readonly withCredentials: boolean;
  /**
   * Whether the last save could not be checked.
   */
  readonly unchecked: boolean;
  /**
   * Emitted when the state changed.
   */
  readonly changed: ISignal<any, void>;
}

/**
 * A finding a user marked "not a secret", and the cell whose metadata holds the mark.
 */
export interface IMarkedFinding {
  readonly finding: INotebookFinding;
  readonly cell: ICellModel;
}

/**
 * The saved state of each open document, from the check on save.
 */
export interface ISavedStates {
  /**
   * The saved state of the document `widget` shows, if the check follows it.
   */
  stateOf(widget: object | null): ISavedStateView | null;
  /**
   * Emitted when the check starts following a document.
   */
  readonly added: ISignal<ISavedStates, void>;
}

/**
 * The token of the saved states, so that the status bar shows one item per document.
 */
export const ISavedStates = new Token<ISavedStates>(
  'jupyterlab-credential-guard:ISavedStates',
  'What the last save of each open document wrote, as far as credentials go.'
);

/**
 * What changed in a document's findings.
 */
export interface IFindingsChange {
  /**
   * The cells whose findings were recomputed (they may be unchanged) or dropped.
   *
   * #### Notes
   * Cells, not ids: JupyterLab can give two cells one id (cut, undo, paste), and each
   * must keep findings of its own.
   */
  readonly cells: ReadonlySet<ICellModel>;
}

/**
 * The findings of one cell: its source and each of its outputs.
 */
export interface ICellFindings {
  /**
   * The cell id.
   */
  readonly cellId: string;
  /**
   * The source text that was scanned (offsets of `source` are into it).
   */
  readonly sourceText: string;
  /**
   * Findings in the source.
   */
  readonly source: readonly IFinding[];
  /**
   * Findings per output index (offsets into the core's `outputText` of that output).
   */
  readonly outputs: readonly (readonly IFinding[])[];
  /**
   * The engine that made them.
   */
  readonly scanner: Scanner;
  /**
   * The cell's allow marks when they were made (see `allowMarksKey`).
   */
  readonly allowMarks: string;
}

/**
 * What a summary view (the status bar) reads of any document's findings.
 */
export interface IFindingsSummary {
  /**
   * The number of findings.
   */
  readonly count: number;
  /**
   * Whether the user paused the warnings of this document.
   */
  readonly paused: boolean;
  /**
   * Whether the findings are disposed.
   */
  readonly isDisposed: boolean;
  /**
   * Emitted after the findings or the pause changed.
   */
  readonly changed: ISignal<IFindingsSummary, IFindingsChange>;
}

/**
 * The findings of one open text file (`.py`, `.env`…), kept current from its model.
 */
export interface ITextFindings extends IDisposable, IFindingsSummary {
  /**
   * The shared model of the file (`context.model.sharedModel`): the key under which
   * views find these findings.
   */
  readonly sharedModel: object;
  /**
   * All findings, in text order; offsets are into the file's text.
   */
  readonly findings: readonly IFinding[];
  /**
   * Emitted after the text was scanned.
   */
  readonly changed: ISignal<ITextFindings, IFindingsChange>;
  /**
   * Scan now, if a scan is pending.
   */
  flush(): void;
}

/**
 * The findings of one open notebook, kept current from its model.
 */
export interface IDocumentFindings extends IDisposable, IFindingsSummary {
  /**
   * The shared model of the notebook.
   */
  readonly sharedModel: ISharedNotebook;
  /**
   * All findings, in cell order; sources before outputs.
   */
  readonly findings: readonly INotebookFinding[];
  /**
   * The number of findings.
   */
  readonly count: number;
  /**
   * Whether some changes are waiting for the debounced scan.
   */
  readonly isStale: boolean;
  /**
   * Whether the user paused the warnings of this notebook.
   */
  paused: boolean;
  /**
   * Emitted after cells were (re)scanned, or the pause changed.
   */
  readonly changed: ISignal<IDocumentFindings, IFindingsChange>;
  /**
   * The current findings of one cell: `undefined` when it has not been scanned, or when
   * its findings were made by an older engine or before its allow marks changed (a
   * re-scan is on its way then).
   */
  cell(cell: ICellModel): ICellFindings | undefined;
  /**
   * The notebook's cells with the id `id` (usually one; two after a cut cell was pasted
   * back, since JupyterLab keeps its id), without a walk over the notebook.
   */
  cellsWithId(id: string): readonly ICellModel[];
  /**
   * The findings marked "not a secret" in this notebook, as they would be reported
   * without their marks, in notebook order, each with the cell that holds its mark.
   * Computed on demand (for the findings panel), from the marked cells only.
   */
  marked(): readonly IMarkedFinding[];
  /**
   * Scan everything pending now, synchronously.
   */
  flush(): void;
}
