import { ISettingRegistry } from '@jupyterlab/settingregistry';

import {
  CustomRuleSeverity,
  ICustomRuleSetting,
  IScannerSettings
} from './schema-types';
import { ISettingsSource, RegistrySource } from './registry-source';

/**
 * The defaults, identical to those of `schema/scanner.json` (a jest spec checks this).
 */
export const DEFAULT_SCANNER_SETTINGS: Readonly<IScannerSettings> =
  Object.freeze({
    inlineWarnings: true,
    scanOutputs: true,
    debounceMs: 300,
    disabledRules: [],
    customRules: [],
    allowlist: []
  });

/**
 * Validate raw scanner settings: every bad value falls back to its default.
 *
 * @param raw - the composite settings from the registry (anything)
 * @returns the settings, and one sentence per value that was ignored
 */
export function parseScannerSettings(raw: unknown): {
  settings: IScannerSettings;
  problems: string[];
} {
  const problems: string[] = [];
  const obj = isObject(raw) ? raw : {};
  const bool = (key: 'inlineWarnings' | 'scanOutputs'): boolean => {
    const value = obj[key];
    if (value === undefined || typeof value === 'boolean') {
      return value ?? DEFAULT_SCANNER_SETTINGS[key];
    }
    problems.push(`${key} must be true or false`);
    return DEFAULT_SCANNER_SETTINGS[key];
  };
  let debounceMs = DEFAULT_SCANNER_SETTINGS.debounceMs;
  if (obj.debounceMs !== undefined) {
    const value = obj.debounceMs;
    if (typeof value === 'number' && Number.isFinite(value)) {
      debounceMs = Math.round(Math.min(5000, Math.max(0, value)));
    } else {
      problems.push('debounceMs must be a number of milliseconds');
    }
  }
  const customRules: ICustomRuleSetting[] = [];
  for (const [index, rule] of asArray(
    obj.customRules,
    'customRules'
  ).entries()) {
    const parsed = parseCustomRule(rule);
    if (typeof parsed === 'string') {
      problems.push(`customRules[${index}] is ignored: ${parsed}`);
    } else {
      customRules.push(parsed);
    }
  }
  return {
    settings: {
      inlineWarnings: bool('inlineWarnings'),
      scanOutputs: bool('scanOutputs'),
      debounceMs,
      disabledRules: strings(obj.disabledRules, 'disabledRules'),
      customRules,
      allowlist: strings(obj.allowlist, 'allowlist')
    },
    problems
  };

  function asArray(value: unknown, key: string): unknown[] {
    if (value === undefined) {
      return [];
    }
    if (!Array.isArray(value)) {
      problems.push(`${key} must be a list`);
      return [];
    }
    return value;
  }

  function strings(value: unknown, key: string): string[] {
    const list = asArray(value, key).filter(
      (item): item is string => typeof item === 'string' && item.length > 0
    );
    return Array.from(new Set(list));
  }
}

/**
 * The typed settings seam of the scanner: what the service depends on.
 */
export type IScannerSettingsSource = ISettingsSource<IScannerSettings>;

/**
 * Scanner settings read from the setting registry, validated, and kept current.
 *
 * #### Notes
 * Without a registry, or when loading fails, the defaults apply and one console warning
 * says why. Warnings name settings, never values: an allowlist entry may be a secret.
 */
export class ScannerSettingsSource
  extends RegistrySource<IScannerSettings>
  implements IScannerSettingsSource
{
  /**
   * Start loading the settings of `options.pluginId`.
   */
  constructor(options: ScannerSettingsSource.IOptions) {
    super(DEFAULT_SCANNER_SETTINGS);
    this._warn = options.warn ?? ((text: string) => console.warn(text));
    this.ready = this.follow(options.registry, options.pluginId);
  }

  /**
   * Resolves once the first settings are known; never rejects.
   */
  readonly ready: Promise<void>;

  protected loadFailed(reason: unknown): void {
    this._warn(
      'jupyterlab-credential-guard: the scanner settings could not be loaded, ' +
        `so the defaults apply. ${String(reason)}`
    );
  }

  protected apply(raw: unknown): void {
    const { settings, problems } = parseScannerSettings(raw);
    if (problems.length > 0) {
      this._warn(
        'jupyterlab-credential-guard: some scanner settings are invalid and were ignored:\n  ' +
          problems.join('\n  ')
      );
    }
    this.publish(settings);
  }

  private _warn: (text: string) => void;
}

/**
 * A namespace for `ScannerSettingsSource` statics.
 */
export namespace ScannerSettingsSource {
  /**
   * The options to create a `ScannerSettingsSource`.
   */
  export interface IOptions {
    /**
     * The setting registry, or `null` when the app has none.
     */
    registry: ISettingRegistry | null;
    /**
     * The id of the plugin whose settings configure the scanner.
     */
    pluginId: string;
    /**
     * Where problems are reported; `console.warn` by default.
     */
    warn?: (text: string) => void;
  }
}

const SEVERITIES: readonly CustomRuleSeverity[] = ['error', 'warning', 'info'];
const RULE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * One custom rule, or the reason it is ignored. The pattern is only checked for shape
 * here; the engine compiles it and reports a bad regex through `configErrors`.
 */
function parseCustomRule(raw: unknown): ICustomRuleSetting | string {
  if (!isObject(raw)) {
    return 'a rule must be an object';
  }
  const { id, title, pattern, keywords, severity } = raw;
  if (typeof id !== 'string' || !RULE_ID.test(id)) {
    return 'its id must be kebab-case, such as "lab-api-key"';
  }
  if (typeof title !== 'string' || title.trim() === '') {
    return `rule "${id}" needs a title`;
  }
  if (typeof pattern !== 'string' || pattern === '') {
    return `rule "${id}" needs a pattern`;
  }
  return {
    id,
    title,
    pattern,
    keywords: Array.isArray(keywords)
      ? keywords.filter((k): k is string => typeof k === 'string' && k !== '')
      : [],
    severity: SEVERITIES.includes(severity as CustomRuleSeverity)
      ? (severity as CustomRuleSeverity)
      : 'error'
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
