import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { IDisposable } from '@lumino/disposable';
import { ISignal, Signal } from '@lumino/signaling';

import {
  DEFAULT_NOTICE_SETTINGS,
  INoticeSettings,
  parseNoticeSettings
} from './notice-settings';

/**
 * The typed settings seam of the security notice: what the banner depends on.
 */
export interface INoticeSettingsSource {
  /**
   * The current, validated settings (the defaults until `ready` resolves).
   */
  readonly composite: INoticeSettings;
  /**
   * Emitted with the new settings whenever they change.
   */
  readonly changed: ISignal<INoticeSettingsSource, INoticeSettings>;
  /**
   * Resolves once the first settings are known; never rejects.
   */
  readonly ready: Promise<void>;
}

/**
 * Notice settings read from the setting registry, validated, and kept current.
 *
 * #### Notes
 * Without a registry, or when loading fails (for example because `overrides.json`
 * breaks the schema), the defaults apply and one console warning says why.
 */
export class NoticeSettingsSource
  implements INoticeSettingsSource, IDisposable
{
  /**
   * Start loading the settings of `options.pluginId`.
   */
  constructor(options: NoticeSettingsSource.IOptions) {
    this._warn = options.warn ?? ((text: string) => console.warn(text));
    this.ready = this._load(options.registry, options.pluginId);
  }

  /**
   * Resolves once the first settings are known; never rejects.
   */
  readonly ready: Promise<void>;

  /**
   * The current, validated settings.
   */
  get composite(): INoticeSettings {
    return this._composite;
  }

  /**
   * Emitted with the new settings whenever they change.
   */
  get changed(): ISignal<this, INoticeSettings> {
    return this._changed;
  }

  /**
   * Whether the source is disposed.
   */
  get isDisposed(): boolean {
    return this._isDisposed;
  }

  /**
   * Stop following the registry.
   */
  dispose(): void {
    if (this._isDisposed) {
      return;
    }
    this._isDisposed = true;
    this._settings?.changed.disconnect(this._onChanged, this);
    this._settings = null;
    Signal.clearData(this);
  }

  private async _load(
    registry: ISettingRegistry | null,
    pluginId: string
  ): Promise<void> {
    if (!registry) {
      return;
    }
    try {
      const settings = await registry.load(pluginId);
      if (this._isDisposed) {
        return;
      }
      this._settings = settings;
      settings.changed.connect(this._onChanged, this);
      this._apply(settings.composite);
    } catch (reason) {
      this._warn(
        `jupyterlab-credential-guard: the security notice settings could not be loaded, ` +
          `so the default notice is shown. ${String(reason)}`
      );
    }
  }

  private _onChanged(settings: ISettingRegistry.ISettings): void {
    this._apply(settings.composite);
  }

  private _apply(raw: unknown): void {
    const { settings, problems } = parseNoticeSettings(raw);
    // One message per distinct set of problems: a settings change that keeps the same
    // mistake should not repeat it in the console.
    const report = problems.join('\n  ');
    if (report && report !== this._lastReport) {
      this._warn(
        `jupyterlab-credential-guard: some security notice settings are invalid and fall back to defaults:\n  ${report}`
      );
    }
    this._lastReport = report;
    this._composite = settings;
    this._changed.emit(settings);
  }

  private _composite: INoticeSettings = { ...DEFAULT_NOTICE_SETTINGS };
  private _changed = new Signal<this, INoticeSettings>(this);
  private _isDisposed = false;
  private _lastReport = '';
  private _settings: ISettingRegistry.ISettings | null = null;
  private _warn: (text: string) => void;
}

/**
 * A namespace for `NoticeSettingsSource` statics.
 */
export namespace NoticeSettingsSource {
  /**
   * The options to create a `NoticeSettingsSource`.
   */
  export interface IOptions {
    /**
     * The setting registry, or `null` when the app has none.
     */
    registry: ISettingRegistry | null;
    /**
     * The id of the plugin whose settings hold the notice.
     */
    pluginId: string;
    /**
     * Where problems are reported; `console.warn` by default.
     */
    warn?: (text: string) => void;
  }
}
