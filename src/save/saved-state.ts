import { ISignal, Signal } from '@lumino/signaling';

/**
 * What the last save of a document wrote, as far as credentials go.
 *
 * #### Notes
 * Notifications can be silenced (do-not-disturb), so this state is also shown in the
 * document's toolbar: it must not depend on the user having seen a toast.
 */
export class SavedState {
  /**
   * The number of credentials in the last content that was saved; 0 when it had none
   * or nothing was checked yet.
   */
  get count(): number {
    return this._count;
  }

  /**
   * Whether the last save that landed wrote credentials to disk.
   */
  get withCredentials(): boolean {
    return this._count > 0;
  }

  /**
   * Whether the check could not run on the last save (the state is then unknown).
   */
  get unchecked(): boolean {
    return this._unchecked;
  }

  /**
   * Emitted when the state changed.
   */
  get changed(): ISignal<this, void> {
    return this._changed;
  }

  /**
   * Record a save that landed.
   *
   * @param count - the credentials it wrote, or `null` when they could not be checked
   */
  saved(count: number | null): void {
    const unchecked = count === null;
    const value = count ?? 0;
    if (value === this._count && unchecked === this._unchecked) {
      return;
    }
    this._count = value;
    this._unchecked = unchecked;
    this._changed.emit();
  }

  /**
   * Forget the state (the check was turned off).
   */
  reset(): void {
    this.saved(0);
  }

  /**
   * Stop emitting.
   */
  dispose(): void {
    Signal.clearData(this);
  }

  private _changed = new Signal<this, void>(this);
  private _count = 0;
  private _unchecked = false;
}
