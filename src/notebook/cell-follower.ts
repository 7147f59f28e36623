import { ICellModel, ICodeCellModel } from '@jupyterlab/cells';
import { INotebookModel } from '@jupyterlab/notebook';
import { IObservableList, IObservableString } from '@jupyterlab/observables';
import { IDisposable } from '@lumino/disposable';
import { ISignal, Signal } from '@lumino/signaling';

/**
 * Follows every cell of a notebook model and reports which ones changed in a way that
 * matters for scanning: source, metadata (allow marks) or outputs.
 *
 * #### Notes
 * It listens to the MODEL, not to editors: windowed notebooks give off-screen cells no
 * editor, and collaborators' and the kernel's changes never go through one.
 */
export class CellFollower implements IDisposable {
  /**
   * Start following `model`; the cells already in it are followed at once (and not
   * reported: read `cells`).
   */
  constructor(model: INotebookModel) {
    this._model = model;
    model.cells.changed.connect(this._onCellsChanged, this);
    for (const cell of model.cells) {
      this._follow(cell, false);
    }
  }

  /**
   * Emitted with a cell that was added, or whose source, metadata or outputs changed.
   */
  get touched(): ISignal<this, ICellModel> {
    return this._touched;
  }

  /**
   * Emitted after cells left the notebook or moved, with the cells still present.
   */
  get reordered(): ISignal<this, ReadonlySet<ICellModel>> {
    return this._reordered;
  }

  /**
   * The cells followed.
   */
  get cells(): IterableIterator<ICellModel> {
    return this._followed.keys();
  }

  /**
   * The followed cells with the id `id`, in no particular order: usually one, two when
   * a cut cell was pasted back (JupyterLab keeps its id). O(1), for command lookups.
   */
  withId(id: string): readonly ICellModel[] {
    return this._byId.get(id) ?? NONE;
  }

  /**
   * Whether `cell` is followed (it is in the notebook).
   */
  has(cell: ICellModel): boolean {
    return this._followed.has(cell);
  }

  /**
   * Whether the follower is disposed.
   */
  get isDisposed(): boolean {
    return this._isDisposed;
  }

  /**
   * Stop following the model and its cells.
   */
  dispose(): void {
    if (this._isDisposed) {
      return;
    }
    this._isDisposed = true;
    for (const cell of [...this._followed.keys()]) {
      this._unfollow(cell);
    }
    Signal.clearData(this);
  }

  private _follow(cell: ICellModel, report: boolean): void {
    if (this._followed.has(cell) || cell.isDisposed) {
      return;
    }
    // Keep what was connected: a removed cell is disposed before the list reports it,
    // and its models can no longer be reached through it.
    const followed: IFollowed = {
      id: cell.id,
      shared: cell.sharedModel,
      outputs: cell.type === 'code' ? (cell as ICodeCellModel).outputs : null
    };
    this._followed.set(cell, followed);
    // A cell model's id never changes: the index is kept at follow and unfollow only.
    const twins = this._byId.get(followed.id);
    if (twins) {
      twins.push(cell);
    } else {
      this._byId.set(followed.id, [cell]);
    }
    this._byShared.set(followed.shared, cell);
    followed.shared.changed.connect(this._onSharedCellChanged, this);
    cell.metadataChanged.connect(this._onMetadataChanged, this);
    if (followed.outputs) {
      followed.outputs.changed.connect(this._onOutputsChanged, this);
      followed.outputs.stateChanged.connect(this._onOutputsChanged, this);
      this._outputOwners.set(followed.outputs, cell);
      this._followStreams(cell, followed.outputs);
    }
    if (report) {
      this._touched.emit(cell);
    }
  }

  private _unfollow(cell: ICellModel): void {
    const followed = this._followed.get(cell);
    this._followed.delete(cell);
    if (!followed) {
      return;
    }
    const twins = this._byId.get(followed.id) ?? [];
    const left = twins.filter(twin => twin !== cell);
    if (left.length > 0) {
      this._byId.set(followed.id, left);
    } else {
      this._byId.delete(followed.id);
    }
    followed.shared.changed.disconnect(this._onSharedCellChanged, this);
    cell.metadataChanged.disconnect(this._onMetadataChanged, this);
    if (followed.outputs) {
      followed.outputs.changed.disconnect(this._onOutputsChanged, this);
      followed.outputs.stateChanged.disconnect(this._onOutputsChanged, this);
      this._outputOwners.delete(followed.outputs);
      this._unfollowStreams(cell);
    }
  }

  private _onCellsChanged(
    _sender: unknown,
    args: IObservableList.IChangedArgs<ICellModel>
  ): void {
    if (args.type !== 'move') {
      for (const cell of args.newValues) {
        if (cell) {
          this._follow(cell, true);
        }
      }
      if (args.oldValues.length === 0) {
        return;
      }
    }
    // The cell list reports removed cells as `undefined` (they are already disposed),
    // so compare with what is left.
    const present = new Set<ICellModel>(this._model.cells);
    for (const cell of [...this._followed.keys()]) {
      if (!present.has(cell)) {
        this._unfollow(cell);
      }
    }
    this._reordered.emit(present);
  }

  private _onSharedCellChanged(
    sender: ICellModel['sharedModel'],
    args: { sourceChange?: unknown }
  ): void {
    const cell = this._byShared.get(sender);
    if (args.sourceChange && cell && this._followed.has(cell)) {
      this._touched.emit(cell);
    }
  }

  private _onMetadataChanged(cell: ICellModel): void {
    // Allow marks live in the metadata and apply to the source and the outputs.
    this._touched.emit(cell);
  }

  private _onOutputsChanged(outputs: ICodeCellModel['outputs']): void {
    const cell = this._outputOwners.get(outputs);
    if (cell) {
      this._followStreams(cell, outputs);
      this._touched.emit(cell);
    }
  }

  /**
   * Follow the text of each stream output of `cell`.
   *
   * #### Notes
   * JupyterLab 4.1 replaces the last stream output when a kernel streams more text into
   * it, which the output list reports. Later releases (4.6 at least) append the text to
   * that output's `streamText` in place, and the list reports nothing.
   */
  private _followStreams(
    cell: ICellModel,
    outputs: ICodeCellModel['outputs']
  ): void {
    this._unfollowStreams(cell);
    const texts: IObservableString[] = [];
    for (let i = 0; i < outputs.length; i++) {
      const text = (outputs.get(i) as { streamText?: IObservableString })
        .streamText;
      if (text) {
        text.changed.connect(this._onStreamText, this);
        this._streamOwners.set(text, cell);
        texts.push(text);
      }
    }
    if (texts.length > 0) {
      this._streams.set(cell, texts);
    }
  }

  private _unfollowStreams(cell: ICellModel): void {
    for (const text of this._streams.get(cell) ?? []) {
      text.changed.disconnect(this._onStreamText, this);
      this._streamOwners.delete(text);
    }
    this._streams.delete(cell);
  }

  private _onStreamText(text: IObservableString): void {
    const cell = this._streamOwners.get(text);
    if (cell && this._followed.has(cell)) {
      this._touched.emit(cell);
    }
  }

  private _byId = new Map<string, ICellModel[]>();
  private _byShared = new WeakMap<ICellModel['sharedModel'], ICellModel>();
  private _followed = new Map<ICellModel, IFollowed>();
  private _isDisposed = false;
  private _model: INotebookModel;
  private _outputOwners = new Map<ICodeCellModel['outputs'], ICellModel>();
  private _reordered = new Signal<this, ReadonlySet<ICellModel>>(this);
  private _streamOwners = new Map<IObservableString, ICellModel>();
  private _streams = new Map<ICellModel, IObservableString[]>();
  private _touched = new Signal<this, ICellModel>(this);
}

/**
 * The models a followed cell is connected through.
 */
interface IFollowed {
  /**
   * The cell's id, read once (a disposed cell can no longer tell it).
   */
  readonly id: string;
  readonly shared: ICellModel['sharedModel'];
  readonly outputs: ICodeCellModel['outputs'] | null;
}

const NONE: readonly ICellModel[] = [];
