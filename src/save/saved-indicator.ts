import { TranslationBundle } from '@jupyterlab/translation';
import { ISignal, Signal } from '@lumino/signaling';
import { Widget } from '@lumino/widgets';

import { SavedState } from './saved-state';

/**
 * An item that says when a document was saved with credentials (or could not be
 * checked), and is hidden otherwise: in each document's toolbar, and once in the status
 * bar, where it follows the current document.
 *
 * #### Notes
 * It is the lasting trace of the save warning: notifications can be silenced with
 * do-not-disturb, this cannot. A click runs `onClick` (show the findings).
 */
export class SavedIndicator extends Widget {
  /**
   * Create the item for `options.state`.
   */
  constructor(options: SavedIndicator.IOptions) {
    super({ node: document.createElement('button') });
    (this.node as HTMLButtonElement).type = 'button';
    this.addClass('jp-CredentialGuard-savedState');
    this._trans = options.trans;
    this._onClick = options.onClick;
    this.node.addEventListener('click', this);
    this.state = options.state;
    this._render();
  }

  /**
   * The saved state shown; `null` shows nothing.
   */
  get state(): SavedState | null {
    return this._state;
  }
  set state(value: SavedState | null) {
    if (value === this._state) {
      return;
    }
    this._state?.changed.disconnect(this._render, this);
    this._state = value;
    value?.changed.connect(this._render, this);
    this._render();
  }

  /**
   * Whether there is something to say (the item is shown).
   */
  get isActive(): boolean {
    const state = this._state;
    return !!state && (state.withCredentials || state.unchecked);
  }

  /**
   * Emitted when `isActive` may have changed (for the status bar).
   */
  get activeChanged(): ISignal<this, void> {
    return this._activeChanged;
  }

  /**
   * Handle the DOM events of the item.
   */
  handleEvent(event: Event): void {
    if (event.type === 'click') {
      this._onClick();
    }
  }

  /**
   * Stop following the state.
   */
  dispose(): void {
    if (this.isDisposed) {
      return;
    }
    this.node.removeEventListener('click', this);
    this._state?.changed.disconnect(this._render, this);
    Signal.clearData(this);
    super.dispose();
  }

  private _render(): void {
    const state = this._state;
    const node = this.node;
    node.classList.toggle('jp-mod-unchecked', !!state?.unchecked);
    if (state?.withCredentials) {
      node.textContent = this._trans._n(
        '⚠ Saved with %1 credential',
        '⚠ Saved with %1 credentials',
        state.count
      );
      node.title = this._trans.__(
        'The last save wrote credentials to the hub storage. Remove them, save again, and revoke them. Click to see them.'
      );
    } else if (state?.unchecked) {
      node.textContent = this._trans.__('Saved unchecked');
      node.title = this._trans.__(
        'The last save could not be checked for credentials.'
      );
    } else {
      node.textContent = '';
      node.title = '';
    }
    this.setHidden(!this.isActive);
    this._activeChanged.emit();
  }

  private _activeChanged = new Signal<this, void>(this);
  private _onClick: () => void;
  private _state: SavedState | null = null;
  private _trans: TranslationBundle;
}

/**
 * A namespace for `SavedIndicator` statics.
 */
export namespace SavedIndicator {
  /**
   * The options to create a `SavedIndicator`.
   */
  export interface IOptions {
    /**
     * The document's saved state (`null`: none yet, as for the status bar item).
     */
    state: SavedState | null;
    /**
     * The translation bundle.
     */
    trans: TranslationBundle;
    /**
     * What a click does.
     */
    onClick: () => void;
  }
}
