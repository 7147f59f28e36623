import { ISettingRegistry } from '@jupyterlab/settingregistry';

import { ISettingsSource, RegistrySource } from '../settings/registry-source';

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
export type ISaveGuardSettingsSource = ISettingsSource<ISaveGuardSettings>;

/**
 * The check-on-save settings read from the setting registry and kept current.
 *
 * #### Notes
 * Without a registry, or when it cannot load them, the defaults apply: the check
 * warns, which is the safe side.
 */
export class SaveGuardSettingsSource
  extends RegistrySource<ISaveGuardSettings>
  implements ISaveGuardSettingsSource
{
  /**
   * Start loading the settings of `pluginId`.
   */
  constructor(registry: ISettingRegistry | null, pluginId: string) {
    super(DEFAULT_SAVE_GUARD_SETTINGS);
    this.ready = this.follow(registry, pluginId);
  }

  /**
   * Resolves once the first settings are known; never rejects.
   */
  readonly ready: Promise<void>;

  protected apply(raw: unknown): void {
    this.publish(parseSaveGuardSettings(raw));
  }

  protected loadFailed(reason: unknown): void {
    console.warn(
      'jupyterlab-credential-guard: the check on save uses its defaults:',
      String(reason)
    );
  }
}
