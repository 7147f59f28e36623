import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { IDisposable } from '@lumino/disposable';
import { ISignal, Signal } from '@lumino/signaling';

/**
 * What a save of a document with credentials does (`schema/save-guard.json`).
 */
export type OnSaveMode = 'warn' | 'confirm' | 'off';

/**
 * The settings of the check on save.
 */
export interface ISaveGuardSettings {
  /**
   * What a save of a document with credentials does.
   */
  readonly onSave: OnSaveMode;
}

/**
 * The defaults of `schema/save-guard.json`.
 */
export const DEFAULT_SAVE_GUARD_SETTINGS: ISaveGuardSettings = {
  onSave: 'warn'
};

/**
 * Validate raw settings; an unknown value falls back to the default, so that a typo
 * in overrides.json never turns the check off.
 */
export function parseSaveGuardSettings(raw: unknown): ISaveGuardSettings {
  const value = (raw as { onSave?: unknown } | null)?.onSave;
  return {
    onSave:
      value === 'warn' || value === 'confirm' || value === 'off'
        ? value
        : DEFAULT_SAVE_GUARD_SETTINGS.onSave
  };
}

/**
 * The typed settings seam of the check on save.
 */
export interface ISaveGuardSettingsSource {
  /**
   * The current, validated settings (the defaults until loaded).
   */
  readonly composite: ISaveGuardSettings;
  /**
   * Emitted with the new settings whenever they change.
   */
  readonly changed: ISignal<ISaveGuardSettingsSource, ISaveGuardSettings>;
}

/**
 * The check-on-save settings read from the setting registry and kept current.
 *
 * #### Notes
 * Without a registry, or when it cannot load them, the defaults apply: the check
 * warns, which is the safe side.
 */
export class SaveGuardSettingsSource
  implements ISaveGuardSettingsSource, IDisposable
{
  /**
   * Start loading the settings of `pluginId`.
   */
  constructor(registry: ISettingRegistry | null, pluginId: string) {
    if (registry) {
      registry
        .load(pluginId)
        .then(settings => {
          if (this._isDisposed) {
            return;
          }
          this._settings = settings;
          settings.changed.connect(this._onChanged, this);
          this._onChanged(settings);
        })
        .catch(reason => {
          console.warn(
            'jupyterlab-credential-guard: the check on save uses its defaults:',
            String(reason)
          );
        });
    }
  }

  /**
   * The current, validated settings.
   */
  get composite(): ISaveGuardSettings {
    return this._composite;
  }

  /**
   * Emitted with the new settings whenever they change.
   */
  get changed(): ISignal<this, ISaveGuardSettings> {
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

  private _onChanged(settings: ISettingRegistry.ISettings): void {
    this._composite = parseSaveGuardSettings(settings.composite);
    this._changed.emit(this._composite);
  }

  private _changed = new Signal<this, ISaveGuardSettings>(this);
  private _composite = DEFAULT_SAVE_GUARD_SETTINGS;
  private _isDisposed = false;
  private _settings: ISettingRegistry.ISettings | null = null;
}
