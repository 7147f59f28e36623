import { ITranslator, nullTranslator } from '@jupyterlab/translation';
import { ISignal, Signal } from '@lumino/signaling';
import { Widget } from '@lumino/widgets';

import { TRANSLATION_DOMAIN } from '../i18n/domain';
import { IFindingsSummary, ISavedStateView } from '../tokens';

/**
 * The status bar item: the number of findings in the current document, as a button
 * that opens the findings panel. The status bar hides it when there is nothing to say:
 * no findings, and warnings not paused (a pause stays visible, so it is not forgotten).
 */
export class FindingsStatus extends Widget {
  /**
   * Create the item; it shows nothing until `document` is set.
   */
  constructor(options: FindingsStatus.IOptions = {}) {
    super({ node: document.createElement('button') });
    this.addClass('jp-CredentialGuard-status');
    this.addClass('jp-StatusBar-TextItem');
    (this.node as HTMLButtonElement).type = 'button';
    this._trans = (options.translator ?? nullTranslator).load(
      TRANSLATION_DOMAIN
    );
    this._onClick = options.onClick ?? null;
    this.node.addEventListener('click', this);
    // One polite message per change of what the item says, for screen readers: a live
    // region of its own, since text inside the button would become part of its name.
    this._live = document.createElement('div');
    this._live.className = 'jp-CredentialGuard-liveRegion';
    this._live.setAttribute('role', 'status');
    this._live.setAttribute('aria-live', 'polite');
    document.body.appendChild(this._live);
    this._render();
  }

  /**
   * The findings shown, or `null` when the current widget is not a scanned document.
   */
  get document(): IFindingsSummary | null {
    return this._document;
  }
  set document(value: IFindingsSummary | null) {
    if (value === this._document) {
      return;
    }
    this._document?.changed.disconnect(this._render, this);
    this._document = value;
    value?.changed.connect(this._render, this);
    this._render();
  }

  /**
   * The number shown: findings of the current document, 0 when paused.
   */
  /**
   * What the last save of the document wrote (from the check on save), shown in the
   * same item: one place in the status bar says both.
   */
  get saved(): ISavedStateView | null {
    return this._saved;
  }
  set saved(value: ISavedStateView | null) {
    if (value === this._saved) {
      return;
    }
    this._saved?.changed.disconnect(this._render, this);
    this._saved = value;
    value?.changed.connect(this._render, this);
    this._render();
  }

  get count(): number {
    const doc = this._document;
    return doc && !doc.isDisposed && !doc.paused ? doc.count : 0;
  }

  /**
   * Whether the warnings of the current document are paused.
   */
  get paused(): boolean {
    const doc = this._document;
    return !!doc && !doc.isDisposed && doc.paused;
  }

  /**
   * Whether the item has something to show.
   */
  get isActive(): boolean {
    const saved = this._saved;
    return (
      this.count > 0 ||
      this.paused ||
      !!saved?.withCredentials ||
      !!saved?.unchecked
    );
  }

  /**
   * Emitted when `isActive` changed, so that the status bar can show or hide the item.
   */
  get activeChanged(): ISignal<this, void> {
    return this._activeChanged;
  }

  /**
   * Handle the DOM events of the item.
   */
  handleEvent(event: Event): void {
    if (event.type === 'click' && this._onClick) {
      this._onClick();
    }
  }

  /**
   * Stop following the document.
   */
  dispose(): void {
    if (this.isDisposed) {
      return;
    }
    this.node.removeEventListener('click', this);
    this._live.remove();
    this._saved?.changed.disconnect(this._render, this);
    this._document = null;
    Signal.clearData(this);
    super.dispose();
  }

  private _render(): void {
    const count = this.count;
    let text: string;
    let title: string;
    if (this.paused) {
      text = this._trans.__('Credential warnings paused');
      title = this._trans.__(
        'Credential warnings are paused for this notebook. Click to see the panel.'
      );
    } else if (count > 0) {
      text = this._trans._n('⚠ %1 credential', '⚠ %1 credentials', count);
      title = this._trans._n(
        '%1 credential found in this document. Click to list it.',
        '%1 credentials found in this document. Click to list them.',
        count
      );
    } else {
      text = '';
      title = '';
    }
    const saved = this._saved;
    if (!this.paused && saved?.withCredentials) {
      if (count > 0) {
        text = this._trans._n(
          '⚠ %1 credential, saved',
          '⚠ %1 credentials, saved',
          count
        );
      } else {
        text = this._trans._n(
          '⚠ Saved with %1 credential',
          '⚠ Saved with %1 credentials',
          saved.count
        );
      }
      title = `${title} ${this._trans._n(
        'The last save wrote %1 credential to the hub storage: remove it, save again, and revoke it.',
        'The last save wrote %1 credentials to the hub storage: remove them, save again, and revoke them.',
        saved.count
      )}`.trim();
    } else if (!this.paused && saved?.unchecked) {
      text = text
        ? this._trans.__('%1, saved unchecked', text)
        : this._trans.__('Saved unchecked');
      title = `${title} ${this._trans.__(
        'The last save could not be checked for credentials.'
      )}`.trim();
    }
    // The notebook reports every re-scan while its user types: write only what changed,
    // since any write makes the browser lay out the status bar again.
    const node = this.node;
    if (node.textContent !== text) {
      node.textContent = text;
    }
    if (node.title !== title) {
      node.title = title;
    }
    if (node.dataset.count !== String(count)) {
      node.dataset.count = String(count);
    }
    this._announce(count);
    const active = this.isActive;
    if (active !== this._wasActive) {
      this._wasActive = active;
      this._activeChanged.emit();
    }
  }

  /**
   * Say what changed in the live region, once per change and never at start-up.
   */
  private _announce(count: number): void {
    const saved = this._saved;
    let spoken: string;
    if (this.paused) {
      spoken = this._trans.__('Credential warnings paused');
    } else if (count > 0) {
      spoken = this._trans._n(
        '%1 credential found in this document',
        '%1 credentials found in this document',
        count
      );
    } else if (saved?.withCredentials) {
      spoken = this._trans._n(
        'The last save wrote %1 credential',
        'The last save wrote %1 credentials',
        saved.count
      );
    } else {
      spoken = this._spoken
        ? this._trans.__('No credentials found in this document')
        : '';
    }
    if (spoken !== this._spoken) {
      this._spoken = spoken;
      this._live.textContent = spoken;
    }
  }

  private _activeChanged = new Signal<this, void>(this);
  private _live: HTMLElement;
  private _spoken = '';
  private _document: IFindingsSummary | null = null;
  private _onClick: (() => void) | null;
  private _saved: ISavedStateView | null = null;
  private _trans: ReturnType<ITranslator['load']>;
  private _wasActive = false;
}

/**
 * A namespace for `FindingsStatus` statics.
 */
export namespace FindingsStatus {
  /**
   * The options to create a `FindingsStatus`.
   */
  export interface IOptions {
    /**
     * What a click does (open the findings panel).
     */
    onClick?: () => void;
    /**
     * The translator.
     */
    translator?: ITranslator | null;
  }
}
