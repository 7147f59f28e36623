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
 * Notice settings read from the operator's configuration, validated, and kept current.
 *
 * #### Notes
 * The notice belongs to the operator: its values are the schema's defaults as the
 * operator's `overrides.json` sets them, then the page config's `credentialGuardNotice`
 * object (`page_config.json`), and never a user's own settings. A user's `enabled:
 * false` only becomes `userHidden`, which counts where the operator's `userMayHide`
 * allows it.
 *
 * Without a registry the defaults (and the page config) apply. When JupyterLab rejects
 * the settings (for example because `overrides.json` breaks the schema), the values are
 * read without its validation and each bad one falls back alone; one console warning
 * says why.
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
    this._pageConfig = Private.pageConfigValues(options.pageConfig, problem =>
      this._warn(`jupyterlab-credential-guard: ${problem}`)
    );
    if (Object.keys(this._pageConfig).length > 0) {
      this.apply({ operator: {}, user: {} });
    }
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
      raw ?? { operator: {}, user: {} },
      `JupyterLab could not validate them (${Private.describe(reason)}).`
    );
  }

  protected select(settings: ISettingRegistry.ISettings): Private.IValues {
    return {
      operator: Private.schemaDefaults(settings.schema),
      user: settings.user
    };
  }

  protected apply(raw: unknown, loadProblem?: string): void {
    const { operator, user } = raw as Private.IValues;
    const parsed = parseNoticeSettings({
      ...(operator as object),
      ...this._pageConfig
    });
    const problems = parsed.problems;
    const settings = {
      ...parsed.settings,
      userHidden:
        parsed.settings.userMayHide &&
        (user as { enabled?: unknown } | undefined)?.enabled === false
    };
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
  private _pageConfig: Record<string, unknown>;
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
     * The page config's `credentialGuardNotice` value (a JSON object, as a string or
     * parsed), which takes precedence over the schema's defaults.
     */
    pageConfig?: unknown;
    /**
     * Where problems are reported; `console.warn` by default.
     */
    warn?: (text: string) => void;
  }
}

namespace Private {
  /**
   * What the notice is read from: the operator's values and the user's own.
   */
  export interface IValues {
    operator: unknown;
    user: unknown;
  }

  /**
   * The defaults of a plugin's schema: the server writes `overrides.json` into them.
   */
  export function schemaDefaults(
    schema: ISettingRegistry.ISchema | undefined
  ): Record<string, unknown> {
    const defaults: Record<string, unknown> = {};
    for (const [key, property] of Object.entries(schema?.properties ?? {})) {
      if (property && typeof property === 'object' && 'default' in property) {
        defaults[key] = property.default;
      }
    }
    return defaults;
  }

  /**
   * The page config's notice values: a JSON object, or nothing (with a problem said).
   */
  export function pageConfigValues(
    value: unknown,
    report: (problem: string) => void
  ): Record<string, unknown> {
    if (value === undefined || value === null || value === '') {
      return {};
    }
    let parsed = value;
    if (typeof value === 'string') {
      try {
        parsed = JSON.parse(value);
      } catch {
        report(
          'the page config\'s "credentialGuardNotice" is not valid JSON; it is ignored.'
        );
        return {};
      }
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      report(
        'the page config\'s "credentialGuardNotice" must be a JSON object; it is ignored.'
      );
      return {};
    }
    return parsed as Record<string, unknown>;
  }

  /**
   * The operator's values and the user's, as JupyterLab would read them for a plugin
   * but without its all-or-nothing validation.
   *
   * @returns The values, or `undefined` when even fetching fails.
   */
  export async function fetchUnvalidated(
    registry: ISettingRegistry,
    pluginId: string
  ): Promise<IValues | undefined> {
    let plugin: ISettingRegistry.IPlugin | undefined;
    try {
      plugin = await registry.connector.fetch(pluginId);
    } catch {
      return undefined;
    }
    if (!plugin) {
      return undefined;
    }
    return {
      operator: schemaDefaults(plugin.schema),
      user: userValues(plugin)
    };
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
