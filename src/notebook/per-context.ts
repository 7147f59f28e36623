import { IDisposable } from '@lumino/disposable';
import { ISignal } from '@lumino/signaling';

/**
 * What `PerContext` needs of a document context: its end.
 */
export interface IContextLike {
  readonly disposed: ISignal<any, any>;
}

/**
 * One value per open document, shared by all of its views and disposed with the document.
 *
 * #### Notes
 * "New View for Notebook" gives a document a second widget on the same context. Findings
 * made per widget were scanned twice, and closing either view unregistered the document
 * the other still showed. The context lives as long as any view of the document, so the
 * value follows the context, not the widgets.
 */
export class PerContext<T extends { dispose(): void }> implements IDisposable {
  /**
   * The value of `context`: the one its first view made with `create`.
   */
  get(context: IContextLike, create: () => T): T {
    let value = this._values.get(context);
    if (!value) {
      value = create();
      this._values.set(context, value);
      context.disposed.connect(this._onContextDisposed, this);
    }
    return value;
  }

  /**
   * Whether the values are disposed.
   */
  get isDisposed(): boolean {
    return this._isDisposed;
  }

  /**
   * Dispose every value.
   */
  dispose(): void {
    if (this._isDisposed) {
      return;
    }
    this._isDisposed = true;
    for (const context of [...this._values.keys()]) {
      this._onContextDisposed(context);
    }
  }

  private _onContextDisposed(context: IContextLike): void {
    const value = this._values.get(context);
    this._values.delete(context);
    context.disposed.disconnect(this._onContextDisposed, this);
    value?.dispose();
  }

  private _isDisposed = false;
  private _values = new Map<IContextLike, T>();
}
