import { ICellModel } from '@jupyterlab/cells';
import { DisposableDelegate, IDisposable } from '@lumino/disposable';

import { IFinding } from '../core';
import { allowMetadata } from '../notebook/cell-scan';
import {
  IDocumentFindings,
  IFindingsChange,
  ISecretScanner,
  ISharedNotebook
} from '../tokens';

/**
 * The model of an editor, as `IEditorExtensionRegistry` factories receive it.
 */
export interface IEditorModel {
  readonly sharedModel: unknown;
}

/**
 * What an editor shows findings for: a notebook cell (whose findings live in its
 * notebook's `DocumentFindings`) or a plain text (a file, a console prompt).
 */
export class EditorTarget {
  /**
   * Describe the editor of `model`.
   */
  constructor(scanner: ISecretScanner, model: IEditorModel) {
    this._scanner = scanner;
    const shared = model.sharedModel as {
      cell_type?: unknown;
      notebook?: ISharedNotebook | null;
    };
    if (typeof shared?.cell_type === 'string' && 'getMetadata' in model) {
      this._cell = model as unknown as ICellModel;
      this._notebook = shared.notebook ?? null;
    }
  }

  /**
   * The findings in `text`, the editor's current content.
   *
   * #### Notes
   * A cell reuses its notebook's findings when they were computed from this very text;
   * otherwise (typing is ahead of the debounced scan) it scans the text now, through the
   * same engine, so that the underline appears without waiting twice.
   */
  findings(text: string): readonly IFinding[] {
    if (!this._cell) {
      return this._scanner.scanner.scanText(text);
    }
    const document = this._document();
    if (document?.paused) {
      return [];
    }
    const known = document?.cell(this._cell);
    if (known && known.sourceText === text) {
      return known.source;
    }
    return this._scanner.scanner.scanCellSource(
      text,
      allowMetadata(this._cell)
    );
  }

  /**
   * Call `callback` whenever the findings of this editor may have changed.
   */
  subscribe(callback: () => void): IDisposable {
    let document: IDocumentFindings | null = null;
    const onDocument = (_: unknown, change: IFindingsChange) => {
      if (this._cell && change.cells.has(this._cell)) {
        callback();
      }
    };
    const follow = () => {
      const next = this._document();
      if (next !== document) {
        document?.changed.disconnect(onDocument);
        document = next;
        document?.changed.connect(onDocument);
      }
    };
    const onScanner = () => callback();
    const onDocuments = () => follow();
    this._scanner.changed.connect(onScanner);
    if (this._cell) {
      this._scanner.documentsChanged.connect(onDocuments);
      follow();
    }
    return new DisposableDelegate(() => {
      this._scanner.changed.disconnect(onScanner);
      this._scanner.documentsChanged.disconnect(onDocuments);
      document?.changed.disconnect(onDocument);
    });
  }

  private _document(): IDocumentFindings | null {
    return this._notebook ? this._scanner.findingsFor(this._notebook) : null;
  }

  private _cell: ICellModel | null = null;
  private _notebook: ISharedNotebook | null = null;
  private _scanner: ISecretScanner;
}
