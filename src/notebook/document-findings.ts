import { ICellModel, ICodeCellModel } from '@jupyterlab/cells';
import { INotebookModel } from '@jupyterlab/notebook';
import { IObservableList } from '@jupyterlab/observables';
import { ISignal, Signal } from '@lumino/signaling';

import { INotebookFinding } from '../core';
import {
  ICellFindings,
  IDocumentFindings,
  IFindingsChange,
  ISecretScanner
} from '../tokens';
import { scanCellOutputs, scanCellSource } from './cell-scan';

/**
 * The findings of one open notebook, kept current from its MODEL.
 *
 * #### Notes
 * It follows the cell list, each cell's source, metadata and outputs, and re-scans only
 * the cells that changed, after `debounceMs` of quiet (at most `MAX_WAIT_FACTOR` times
 * that while changes keep coming). Windowed notebooks give off-screen cells no editor,
 * so the model is the only place where every cell can be seen. Large batches (opening a
 * notebook) are scanned in slices of `SLICE_MS` so the page stays responsive.
 */
export class DocumentFindings implements IDocumentFindings {
  /**
   * Start following `options.model`; every cell already in it is scanned once.
   */
  constructor(options: DocumentFindings.IOptions) {
    this._model = options.model;
    this._service = options.scanner;
    this.sharedModel = options.model.sharedModel;
    this._model.cells.changed.connect(this._onCellsChanged, this);
    this._service.changed.connect(this._onScannerChanged, this);
    for (const cell of this._model.cells) {
      this._follow(cell);
    }
    this._schedule();
  }

  /**
   * The shared model of the notebook: the key under which views find these findings.
   */
  readonly sharedModel: INotebookModel['sharedModel'];

  /**
   * Emitted after cells were (re)scanned, or the pause changed.
   */
  get changed(): ISignal<this, IFindingsChange> {
    return this._changed;
  }

  /**
   * All findings, in cell order; each cell's source before its outputs.
   */
  get findings(): readonly INotebookFinding[] {
    if (!this._list) {
      this._list = this._collect();
    }
    return this._list;
  }

  /**
   * The number of findings.
   */
  get count(): number {
    return this.findings.length;
  }

  /**
   * Whether some changes are waiting for the debounced scan.
   */
  get isStale(): boolean {
    return this._dirty.size > 0;
  }

  /**
   * Whether the user paused the warnings of this notebook; scanning goes on, so that
   * resuming shows current findings at once.
   */
  get paused(): boolean {
    return this._paused;
  }
  set paused(value: boolean) {
    if (value === this._paused) {
      return;
    }
    this._paused = value;
    this._changed.emit({ cellIds: new Set(this._cells.keys()) });
  }

  /**
   * Whether the findings are disposed.
   */
  get isDisposed(): boolean {
    return this._isDisposed;
  }

  /**
   * The findings of one cell, or `undefined` when it has not been scanned.
   */
  cell(cellId: string): ICellFindings | undefined {
    return this._cells.get(cellId);
  }

  /**
   * Scan everything pending now, synchronously (for a save, or a test).
   */
  flush(): void {
    this._clearTimer();
    this._scanDirty(Infinity);
  }

  /**
   * Stop following the model and drop every finding.
   */
  dispose(): void {
    if (this._isDisposed) {
      return;
    }
    this._isDisposed = true;
    this._clearTimer();
    for (const cell of [...this._followed.keys()]) {
      this._unfollow(cell);
    }
    this._dirty.clear();
    this._cells.clear();
    Signal.clearData(this);
  }

  private _follow(cell: ICellModel): void {
    if (this._followed.has(cell) || cell.isDisposed) {
      return;
    }
    // Keep what was connected: a removed cell is disposed before the list reports it,
    // and its models can no longer be reached through it.
    const followed: IFollowed = {
      shared: cell.sharedModel,
      outputs: cell.type === 'code' ? (cell as ICodeCellModel).outputs : null
    };
    this._followed.set(cell, followed);
    this._byShared.set(followed.shared, cell);
    followed.shared.changed.connect(this._onSharedCellChanged, this);
    cell.metadataChanged.connect(this._onMetadataChanged, this);
    if (followed.outputs) {
      followed.outputs.changed.connect(this._onOutputsChanged, this);
      // Streamed text is appended in place and only reported here.
      followed.outputs.stateChanged.connect(this._onOutputsChanged, this);
      this._outputOwners.set(followed.outputs, cell);
    }
    this._markDirty(cell);
  }

  private _unfollow(cell: ICellModel): void {
    const followed = this._followed.get(cell);
    this._followed.delete(cell);
    this._dirty.delete(cell);
    if (!followed) {
      return;
    }
    followed.shared.changed.disconnect(this._onSharedCellChanged, this);
    cell.metadataChanged.disconnect(this._onMetadataChanged, this);
    if (followed.outputs) {
      followed.outputs.changed.disconnect(this._onOutputsChanged, this);
      followed.outputs.stateChanged.disconnect(this._onOutputsChanged, this);
      this._outputOwners.delete(followed.outputs);
    }
  }

  private _onCellsChanged(
    _sender: unknown,
    args: IObservableList.IChangedArgs<ICellModel>
  ): void {
    this._list = null;
    if (args.type === 'move') {
      // Indexes changed, findings did not.
      this._changed.emit({ cellIds: new Set() });
      return;
    }
    for (const cell of args.newValues) {
      if (cell) {
        this._follow(cell);
      }
    }
    if (args.oldValues.length > 0) {
      // The cell list reports removed cells as `undefined` (they are already disposed),
      // so compare with what is left.
      this._dropRemoved();
    }
    this._schedule();
  }

  private _dropRemoved(): void {
    const present = new Set<ICellModel>(this._model.cells);
    const presentIds = new Set<string>();
    present.forEach(cell => presentIds.add(cell.id));
    const removedIds = new Set<string>();
    for (const cell of [...this._followed.keys()]) {
      if (!present.has(cell)) {
        this._unfollow(cell);
      }
    }
    for (const cellId of [...this._cells.keys()]) {
      if (!presentIds.has(cellId)) {
        this._cells.delete(cellId);
        removedIds.add(cellId);
      }
    }
    if (removedIds.size > 0) {
      this._changed.emit({ cellIds: removedIds });
    }
  }

  private _onSharedCellChanged(
    sender: ICellModel['sharedModel'],
    args: { sourceChange?: unknown }
  ): void {
    if (args.sourceChange) {
      const cell = this._findFollowed(sender);
      if (cell) {
        this._markDirty(cell);
        this._schedule();
      }
    }
  }

  private _onMetadataChanged(cell: ICellModel): void {
    // Allow marks live in the metadata and apply to the source and the outputs.
    this._markDirty(cell);
    this._schedule();
  }

  private _onOutputsChanged(outputs: ICodeCellModel['outputs']): void {
    const cell = this._outputOwners.get(outputs);
    if (cell) {
      this._markDirty(cell);
      this._schedule();
    }
  }

  private _onScannerChanged(): void {
    for (const cell of this._followed.keys()) {
      this._markDirty(cell);
    }
    this._schedule();
  }

  private _findFollowed(shared: ICellModel['sharedModel']): ICellModel | null {
    const cell = this._byShared.get(shared);
    return cell && this._followed.has(cell) ? cell : null;
  }

  private _markDirty(cell: ICellModel): void {
    if (this._dirty.size === 0) {
      this._firstDirtyAt = Date.now();
    }
    this._dirty.add(cell);
  }

  private _schedule(delay?: number): void {
    if (this._isDisposed || this._dirty.size === 0) {
      return;
    }
    const debounce = this._service.settings.debounceMs;
    const waited = Date.now() - this._firstDirtyAt;
    const wait =
      delay ??
      Math.max(0, Math.min(debounce, debounce * MAX_WAIT_FACTOR - waited));
    this._clearTimer();
    this._timer = setTimeout(() => {
      this._timer = null;
      if (this._scanDirty(SLICE_MS)) {
        this._schedule(0);
      }
    }, wait);
  }

  /**
   * Scan dirty cells for about `budgetMs`; returns whether some are left.
   */
  private _scanDirty(budgetMs: number): boolean {
    if (this._isDisposed || this._dirty.size === 0) {
      return false;
    }
    const scanner = this._service.scanner;
    const withOutputs = this._service.settings.scanOutputs;
    const start = Date.now();
    const cellIds = new Set<string>();
    for (const cell of this._dirty) {
      this._dirty.delete(cell);
      if (cell.isDisposed) {
        continue;
      }
      const source = scanCellSource(scanner, cell);
      this._cells.set(cell.id, {
        cellId: cell.id,
        sourceText: source.text,
        source: source.findings,
        outputs: withOutputs ? scanCellOutputs(scanner, cell) : []
      });
      cellIds.add(cell.id);
      if (Date.now() - start >= budgetMs) {
        break;
      }
    }
    this._list = null;
    this._changed.emit({ cellIds });
    return this._dirty.size > 0;
  }

  private _collect(): INotebookFinding[] {
    const list: INotebookFinding[] = [];
    let index = 0;
    for (const cell of this._model.cells) {
      const found = this._cells.get(cell.id);
      if (found) {
        for (const finding of found.source) {
          list.push({
            ...finding,
            cell: index,
            cellId: cell.id,
            where: 'source'
          });
        }
        found.outputs.forEach((outputFindings, i) => {
          for (const finding of outputFindings) {
            list.push({
              ...finding,
              cell: index,
              cellId: cell.id,
              where: `outputs[${i}]`
            });
          }
        });
      }
      index++;
    }
    return list;
  }

  private _clearTimer(): void {
    if (this._timer !== null) {
      clearTimeout(this._timer);
      this._timer = null;
    }
  }

  private _byShared = new WeakMap<ICellModel['sharedModel'], ICellModel>();
  private _cells = new Map<string, ICellFindings>();
  private _changed = new Signal<this, IFindingsChange>(this);
  private _dirty = new Set<ICellModel>();
  private _firstDirtyAt = 0;
  private _followed = new Map<ICellModel, IFollowed>();
  private _isDisposed = false;
  private _list: INotebookFinding[] | null = null;
  private _model: INotebookModel;
  private _outputOwners = new Map<ICodeCellModel['outputs'], ICellModel>();
  private _paused = false;
  private _service: ISecretScanner;
  private _timer: ReturnType<typeof setTimeout> | null = null;
}

/**
 * A namespace for `DocumentFindings` statics.
 */
export namespace DocumentFindings {
  /**
   * The options to create `DocumentFindings`.
   */
  export interface IOptions {
    /**
     * The notebook model to follow.
     */
    model: INotebookModel;
    /**
     * The scanner service (engine and settings).
     */
    scanner: ISecretScanner;
  }
}

/**
 * The models a followed cell is connected through.
 */
interface IFollowed {
  readonly shared: ICellModel['sharedModel'];
  readonly outputs: ICodeCellModel['outputs'] | null;
}

/**
 * While changes keep coming, scan at the latest after this many debounce periods.
 */
const MAX_WAIT_FACTOR = 4;

/**
 * The longest stretch of scanning in one task, in milliseconds.
 */
const SLICE_MS = 12;
