import { ISettingRegistry } from '@jupyterlab/settingregistry';

import {
  DEFAULT_NOTICE_SETTINGS,
  INoticeSettings,
  parseNoticeSettings
} from './notice-settings';
import { ISettingsSource, RegistrySource } from './registry-source';

/**
 * The typed settings seam of the security notice: what the banner depends on.
 */
export type INoticeSettingsSource = ISettingsSource<INoticeSettings>;

/**
 * Notice settings read from the setting registry, validated, and kept current.
 *
 * #### Notes
 * Without a registry the defaults apply. When JupyterLab rejects the settings (for
 * example because `overrides.json` breaks the schema), the values are read without
 * its validation and each bad one falls back alone; one console warning says why.
 */
export class NoticeSettingsSource
  extends RegistrySource<INoticeSettings>
  implements INoticeSettingsSource
{
  /**
   * Start loading the settings of `options.pluginId`.
   */
  constructor(options: NoticeSettingsSource.IOptions) {
    super({ ...DEFAULT_NOTICE_SETTINGS });
    this._warn = options.warn ?? ((text: string) => console.warn(text));
    this.ready = this.follow(options.registry, options.pluginId);
  }

  /**
   * Resolves once the first settings are known; never rejects.
   */
  readonly ready: Promise<void>;

  protected async loadFailed(
    reason: unknown,
    registry: ISettingRegistry,
    pluginId: string
  ): Promise<void> {
    // JupyterLab rejects a plugin's settings as a whole when one value breaks the
    // schema (say `reacknowledgeDays: -3` in overrides.json), which would drop the
    // admin's title and message too. Read them unvalidated instead, and let our
    // parser drop only the values that are wrong.
    const raw = await Private.fetchUnvalidated(registry, pluginId);
    if (this.isDisposed) {
      return;
    }
    this.apply(
      raw,
      `JupyterLab could not validate them (${Private.describe(reason)}).`
    );
  }

  protected apply(raw: unknown, loadProblem?: string): void {
    const { settings, problems } = parseNoticeSettings(raw);
    if (loadProblem) {
      problems.unshift(loadProblem);
    }
    // One message per distinct set of problems: a settings change that keeps the same
    // mistake should not repeat it in the console.
    const report = problems.join('\n  ');
    if (report && report !== this._lastReport) {
      this._warn(
        `jupyterlab-credential-guard: some security notice settings are invalid and fall back to defaults:\n  ${report}`
      );
    }
    this._lastReport = report;
    this.publish(settings);
  }

  private _lastReport = '';
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

namespace Private {
  /**
   * The composite JupyterLab would build for a plugin, without its all-or-nothing
   * validation: the schema defaults (with the admin's overrides) and the user values.
   *
   * @returns The composite, or `undefined` when even fetching fails.
   */
  export async function fetchUnvalidated(
    registry: ISettingRegistry,
    pluginId: string
  ): Promise<Record<string, unknown> | undefined> {
    let plugin: ISettingRegistry.IPlugin | undefined;
    try {
      plugin = await registry.connector.fetch(pluginId);
    } catch {
      return undefined;
    }
    if (!plugin) {
      return undefined;
    }
    const composite: Record<string, unknown> = {};
    for (const [key, property] of Object.entries(
      plugin.schema?.properties ?? {}
    )) {
      if (property && typeof property === 'object' && 'default' in property) {
        composite[key] = property.default;
      }
    }
    const user = userValues(plugin);
    return { ...composite, ...user };
  }

  /**
   * A short, readable form of a load failure (often a list of schema errors).
   */
  export function describe(reason: unknown): string {
    if (Array.isArray(reason)) {
      return reason
        .map(error =>
          error && typeof error === 'object'
            ? `${error.dataPath ?? error.instancePath ?? ''} ${error.message ?? ''}`.trim()
            : String(error)
        )
        .join('; ');
    }
    return reason instanceof Error ? reason.message : String(reason);
  }

  function userValues(
    plugin: ISettingRegistry.IPlugin
  ): Record<string, unknown> {
    // The server sends the user's values parsed as `settings` next to `raw`.
    const parsed = (plugin as { settings?: unknown }).settings;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
    try {
      const raw: unknown = JSON.parse(plugin.raw ?? '{}');
      return raw && typeof raw === 'object' && !Array.isArray(raw)
        ? (raw as Record<string, unknown>)
        : {};
    } catch {
      // JSON5 with comments: not worth a parser here, the defaults still apply.
      return {};
    }
  }
}
