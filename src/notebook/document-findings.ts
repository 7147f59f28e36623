import { ICellModel } from '@jupyterlab/cells';
import { INotebookModel } from '@jupyterlab/notebook';
import { ISignal, Signal } from '@lumino/signaling';

import {
  CellLocation,
  cellPart,
  errorKind,
  IFinding,
  INotebookFinding,
  SOURCE_LOCATION
} from '../core';
import {
  ICellFindings,
  IDocumentFindings,
  IFindingsChange,
  IMarkedFinding,
  ISecretScanner
} from '../tokens';
import { CellFollower } from './cell-follower';
import { cellId } from './cell-id';
import {
  allowMarks,
  allowMarksKey,
  isCurrent,
  scanCellOutputs,
  scanCellSource
} from './cell-scan';

/**
 * The findings of one open notebook, kept current from its MODEL.
 *
 * #### Notes
 * A `CellFollower` reports the cells whose source, metadata or outputs changed; only
 * those are re-scanned, after `debounceMs` of quiet (at most `MAX_WAIT_FACTOR` times
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
    this._warn = options.warn ?? ((text: string) => console.warn(text));
    this.sharedModel = options.model.sharedModel;
    this._follower = new CellFollower(options.model);
    this._follower.touched.connect(this._onTouched, this);
    this._follower.reordered.connect(this._onReordered, this);
    this._service.changed.connect(this._onScannerChanged, this);
    this._onScannerChanged();
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
   *
   * #### Notes
   * Summed from the cells' own lists: the status bar reads it after every re-scan, and
   * listing the findings of 1,000 cells (reading each cell's position and id) to count them
   * took milliseconds while the user typed.
   */
  get count(): number {
    let count = 0;
    for (const found of this._cells.values()) {
      count += findingCount(found);
    }
    return count;
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
    this._changed.emit({ cells: new Set(this._cells.keys()) });
  }

  /**
   * Whether the findings are disposed.
   */
  get isDisposed(): boolean {
    return this._isDisposed;
  }

  /**
   * The current findings of one cell; see `IDocumentFindings.cell`.
   */
  cell(cell: ICellModel): ICellFindings | undefined {
    const found = this._cells.get(cell);
    return found && isCurrent(found, this._service.scanner, cell)
      ? found
      : undefined;
  }

  /**
   * The notebook's cells with the id `id`, from the follower's index.
   */
  cellsWithId(id: string): readonly ICellModel[] {
    return this._follower.withId(id);
  }

  /**
   * The findings marked "not a secret", as they would be reported without their marks.
   */
  marked(): readonly IMarkedFinding[] {
    const list: IMarkedFinding[] = [];
    const scanner = this._service.scanner;
    let index = 0;
    for (const cell of this._model.cells) {
      const { ids, unmarked } = allowMarks(cell);
      if (ids.length > 0) {
        const id = cellId(cell);
        const add = (finding: IFinding, location: CellLocation) => {
          if (ids.includes(finding.fingerprint)) {
            list.push({
              cell,
              finding: {
                ...finding,
                cell: index,
                cellId: id,
                where: cellPart(location),
                location
              }
            });
          }
        };
        try {
          for (const finding of scanCellSource(scanner, cell, unmarked)
            .findings) {
            add(finding, SOURCE_LOCATION);
          }
          scanCellOutputs(scanner, cell, unmarked).forEach((found, i) => {
            for (const finding of found) {
              add(finding, { part: 'output', index: i });
            }
          });
        } catch (error) {
          this._reportFailure(error);
        }
      }
      index++;
    }
    return list;
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
    this._follower.dispose();
    this._dirty.clear();
    this._cells.clear();
    Signal.clearData(this);
  }

  private _onTouched(_: CellFollower, cell: ICellModel): void {
    this._markDirty(cell);
    this._schedule();
  }

  private _onReordered(
    _: CellFollower,
    present: ReadonlySet<ICellModel>
  ): void {
    this._list = null;
    const removed = new Set<ICellModel>();
    for (const cell of [...this._cells.keys()]) {
      if (!present.has(cell)) {
        this._cells.delete(cell);
        removed.add(cell);
      }
    }
    // Views re-read positions on any change; removed cells also clear their marks.
    this._changed.emit({ cells: removed });
  }

  private _onScannerChanged(): void {
    for (const cell of this._follower.cells) {
      this._markDirty(cell);
    }
    // At once, not after the typing debounce: views hide findings of the old engine.
    this._schedule(0);
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
    const cells = new Set<ICellModel>();
    for (const cell of this._dirty) {
      this._dirty.delete(cell);
      if (cell.isDisposed || !this._follower.has(cell)) {
        // Removed while waiting: `_onReordered` dropped its findings.
        continue;
      }
      try {
        const source = scanCellSource(scanner, cell);
        this._cells.set(cell, {
          cellId: cellId(cell),
          sourceText: source.text,
          source: source.findings,
          outputs: withOutputs ? scanCellOutputs(scanner, cell) : [],
          scanner,
          allowMarks: allowMarksKey(cell)
        });
        cells.add(cell);
      } catch (error) {
        // One cell the engine cannot read must not cost the others their scan.
        this._reportFailure(error);
      }
      if (Date.now() - start >= budgetMs) {
        break;
      }
    }
    this._list = null;
    this._changed.emit({ cells });
    return this._dirty.size > 0;
  }

  private _collect(): INotebookFinding[] {
    const list: INotebookFinding[] = [];
    let index = 0;
    for (const cell of this._model.cells) {
      const found = this._cells.get(cell);
      if (found) {
        const id = found.cellId;
        for (const finding of found.source) {
          list.push({
            ...finding,
            cell: index,
            cellId: id,
            where: 'source',
            location: SOURCE_LOCATION
          });
        }
        found.outputs.forEach((outputFindings, i) => {
          const location: CellLocation = { part: 'output', index: i };
          for (const finding of outputFindings) {
            list.push({
              ...finding,
              cell: index,
              cellId: id,
              where: cellPart(location),
              location
            });
          }
        });
      }
      index++;
    }
    return list;
  }

  private _reportFailure(error: unknown): void {
    const kind = errorKind(error);
    if (!this._reportedFailures.has(kind)) {
      this._reportedFailures.add(kind);
      this._warn(
        `jupyterlab-credential-guard: a cell could not be scanned (${kind}); the other cells were.`
      );
    }
  }

  private _clearTimer(): void {
    if (this._timer !== null) {
      clearTimeout(this._timer);
      this._timer = null;
    }
  }

  private _cells = new Map<ICellModel, ICellFindings>();
  private _changed = new Signal<this, IFindingsChange>(this);
  private _dirty = new Set<ICellModel>();
  private _firstDirtyAt = 0;
  private _follower: CellFollower;
  private _isDisposed = false;
  private _list: INotebookFinding[] | null = null;
  private _model: INotebookModel;
  private _paused = false;
  private _reportedFailures = new Set<string>();
  private _service: ISecretScanner;
  private _timer: ReturnType<typeof setTimeout> | null = null;
  private _warn: (text: string) => void;
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
    /**
     * Where a cell that cannot be scanned is reported, once per kind of error;
     * `console.warn` by default.
     */
    warn?: (text: string) => void;
  }
}

/**
 * The number of findings of one cell, in its source and outputs.
 */
function findingCount(found: ICellFindings): number {
  return found.outputs.reduce(
    (sum, output) => sum + output.length,
    found.source.length
  );
}

/**
 * While changes keep coming, scan at the latest after this many debounce periods.
 */
const MAX_WAIT_FACTOR = 4;

/**
 * The longest stretch of scanning in one task, in milliseconds.
 */
const SLICE_MS = 12;
