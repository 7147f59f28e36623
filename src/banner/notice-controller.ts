import { IDisposable } from '@lumino/disposable';
import { Signal } from '@lumino/signaling';

import type { INoticeSettingsSource } from '../settings/notice-settings-source';
import type { INoticeSettings } from '../settings/notice-settings';
import {
  acknowledge,
  IAcknowledgement,
  needsAcknowledgement
} from './acknowledgement';
import type { IAcknowledgementStore } from './acknowledgement-store';
import type { NoticeBanner } from './notice-banner';

/**
 * Decides when the notice banner is shown, and records acknowledgements.
 *
 * #### Notes
 * The banner starts hidden and appears once the settings and the stored
 * acknowledgement are known, so that an acknowledged notice never flashes on load.
 * If the store cannot be read, the notice is shown (fail safe).
 */
export class NoticeController implements IDisposable {
  /**
   * Create a controller and start it; see `ready`.
   */
  constructor(options: NoticeController.IOptions) {
    this._banner = options.banner;
    this._settings = options.settings;
    this._store = options.store;
    this._now = options.now ?? Date.now;
    this._banner.hide();
    this._restoreFocus = options.restoreFocus ?? (() => undefined);
    this._banner.acknowledged.connect(this._onAcknowledged, this);
    // Remember where the focus was when it entered the banner (Tab, or a click), to
    // give it back after "I understand".
    this._banner.node.addEventListener('focusin', this);
    this._banner.disposed.connect(this.dispose, this);
    this._settings.changed.connect(this._onSettingsChanged, this);
    // A tab can stay open for longer than the re-acknowledge interval.
    document.addEventListener('visibilitychange', this);
    this.ready = this._start();
  }

  /**
   * Resolves when the banner reflects the first settings and acknowledgement.
   */
  readonly ready: Promise<void>;

  /**
   * Whether the notice is enabled by the current settings.
   */
  get isEnabled(): boolean {
    return this._settings.composite.enabled;
  }

  /**
   * Whether the controller is disposed.
   */
  get isDisposed(): boolean {
    return this._isDisposed;
  }

  /**
   * Show the notice now, acknowledged or not, and focus its button.
   *
   * #### Notes
   * Used by the "Show Security Notice" command. Does nothing when disabled.
   */
  show(): void {
    if (this._isDisposed || !this.isEnabled) {
      return;
    }
    this._forced = true;
    const active = document.activeElement;
    this._returnFocus = active instanceof HTMLElement ? active : null;
    this._apply(this._settings.composite);
    this._banner.focusButton();
  }

  /**
   * Re-check the interval when the page becomes visible again.
   */
  handleEvent(event: Event): void {
    if (event.type === 'focusin') {
      const from = (event as FocusEvent).relatedTarget;
      if (
        from instanceof HTMLElement &&
        from !== document.body &&
        !this._banner.node.contains(from) &&
        !this._forced
      ) {
        this._returnFocus = from;
      }
      return;
    }
    if (
      event.type === 'visibilitychange' &&
      document.visibilityState === 'visible' &&
      this._loaded &&
      !this._isDisposed &&
      this._banner.isHidden
    ) {
      this._apply(this._settings.composite);
    }
  }

  /**
   * Stop following settings and the banner; the banner itself is not disposed.
   */
  dispose(): void {
    if (this._isDisposed) {
      return;
    }
    this._isDisposed = true;
    document.removeEventListener('visibilitychange', this);
    this._banner.node.removeEventListener('focusin', this);
    Signal.clearData(this);
  }

  private async _start(): Promise<void> {
    await this._settings.ready;
    // Stores should not reject, but a broken one must still end in a shown notice.
    const acknowledgement = await this._store.load().catch(() => null);
    if (this._isDisposed) {
      return;
    }
    this._acknowledgement = acknowledgement;
    this._loaded = true;
    this._apply(this._settings.composite);
  }

  private _onSettingsChanged(
    _: INoticeSettingsSource,
    settings: INoticeSettings
  ): void {
    if (this._loaded) {
      this._apply(settings);
    }
  }

  private _apply(settings: INoticeSettings): void {
    const now = this._now();
    // A user who may hide the notice and did is not asked again when an acknowledgement
    // of this notice expires; a new notice still shows.
    const hiddenByUser =
      settings.userHidden &&
      !needsAcknowledgement(
        { ...settings, reacknowledgeDays: 0 },
        this._acknowledgement,
        now
      );
    const visible =
      settings.enabled &&
      (this._forced ||
        (!hiddenByUser &&
          needsAcknowledgement(settings, this._acknowledgement, now)));
    this._banner.render(settings).catch(reason => {
      console.warn(
        'jupyterlab-credential-guard: the notice could not be rendered.',
        reason
      );
    });
    this._banner.setHidden(!visible);
  }

  private _onAcknowledged(): void {
    const acknowledgement = acknowledge(this._settings.composite, this._now());
    this._acknowledgement = acknowledgement;
    this._forced = false;
    const hadFocus = this._banner.node.contains(document.activeElement);
    this._banner.hide();
    if (hadFocus) {
      // Hand the focus back to where the user was, not to the document body.
      if (this._returnFocus?.isConnected) {
        this._returnFocus.focus();
      } else {
        (document.activeElement as HTMLElement | null)?.blur();
        this._restoreFocus();
      }
    }
    this._returnFocus = null;
    this._store.save(acknowledgement).catch(reason => {
      // The banner stays hidden for this session; the next load asks again.
      console.warn(
        'jupyterlab-credential-guard: the acknowledgement could not be saved on the server.',
        reason
      );
    });
  }

  private _acknowledgement: IAcknowledgement | null = null;
  private _banner: NoticeBanner;
  private _forced = false;
  private _isDisposed = false;
  private _loaded = false;
  private _now: () => number;
  private _restoreFocus: () => void;
  private _returnFocus: HTMLElement | null = null;
  private _settings: INoticeSettingsSource;
  private _store: IAcknowledgementStore;
}

/**
 * A namespace for `NoticeController` statics.
 */
export namespace NoticeController {
  /**
   * The options to create a `NoticeController`.
   */
  export interface IOptions {
    /**
     * The banner to show and hide.
     */
    banner: NoticeBanner;
    /**
     * The notice settings.
     */
    settings: INoticeSettingsSource;
    /**
     * Where acknowledgements are kept.
     */
    store: IAcknowledgementStore;
    /**
     * The clock, in milliseconds since the epoch; `Date.now` by default.
     */
    now?: () => number;
    /**
     * Put the focus somewhere useful after "I understand" when it did not come from
     * anywhere in particular (the current document, in the app).
     */
    restoreFocus?: () => void;
  }
}
