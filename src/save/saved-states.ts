import { ISignal, Signal } from '@lumino/signaling';

import type { ISavedStates, ISavedStateView } from '../tokens';

/**
 * The saved state of each open document, read through a lookup the check on save keeps.
 */
export class SavedStates implements ISavedStates {
  /**
   * Look states up with `lookup`, which gets a widget and returns its document's state.
   */
  constructor(lookup: (widget: object) => ISavedStateView | null) {
    this._lookup = lookup;
  }

  /**
   * Emitted when the check starts following a document.
   */
  get added(): ISignal<this, void> {
    return this._added;
  }

  /**
   * The saved state of the document `widget` shows, if the check follows it.
   */
  stateOf(widget: object | null): ISavedStateView | null {
    return widget ? this._lookup(widget) : null;
  }

  /**
   * Say that the check started following a document.
   */
  notifyAdded(): void {
    this._added.emit();
  }

  private _added = new Signal<this, void>(this);
  private _lookup: (widget: object) => ISavedStateView | null;
}
